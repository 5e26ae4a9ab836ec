//! Conformance of the page importers against the real pages in `../shared/pages`.
//!
//! Every fact below was read by hand from the pages themselves (the Markdown
//! source, cross-checked against the copied-text and saved-HTML forms), never
//! computed with the importer. Facts are data: one block per table (and per
//! page revision where the forms differ), each listing the page forms it
//! applies to. The checks loop over those forms and collect every failed fact,
//! so a failure names the page file, the fact, and the expected and actual
//! values.
//!
//! `text/processsession.txt` is an older revision of the ProcessSession page
//! (Web API v9.0) than `md/processsession.md` and `html/processsession.html`
//! (v9.2): its RegardingObjectId targets (154 vs 207), two MaxLength values
//! (800 vs 850), one column (OwningBusinessUnitName) and the Many-To-One list
//! (141 vs 191 entries) differ, so those facts are stated per revision.

use std::collections::BTreeSet;
use std::fmt::{Debug, Display};
use std::path::Path;

use dataverse_schema::{yaml, Cascade, ColumnType, DefaultValue, RequiredLevel, Table};
use dataverse_tests::{page_files, shared_pages, PageForm, SHARED_TABLES};

// ---------------------------------------------------------------------------
// Which forms a block of facts applies to
// ---------------------------------------------------------------------------

const TEXT: PageForm = PageForm::Text;
const MD: PageForm = PageForm::Markdown;
const HTML: PageForm = PageForm::Html;

/// All three forms of a page.
const ALL_FORMS: &[PageForm] = &[TEXT, MD, HTML];
/// ProcessSession, newer revision (v9.2): Markdown and HTML.
const PROCESSSESSION_V92: &[PageForm] = &[MD, HTML];
/// ProcessSession, older revision (v9.0): the copied text.
const PROCESSSESSION_V90: &[PageForm] = &[TEXT];

// ---------------------------------------------------------------------------
// Fact types
// ---------------------------------------------------------------------------

/// An expected optional value.
#[derive(Debug, Clone, Default)]
enum Expect<V> {
    /// Not checked by this block.
    #[default]
    Unchecked,
    /// The page does not give it: the model must leave it out.
    Absent,
    /// The page gives exactly this.
    Is(V),
}

fn is<V>(value: V) -> Expect<V> {
    Expect::Is(value)
}

/// An expected ordered list of names.
#[derive(Debug, Clone)]
enum Names {
    /// Exactly these, in this order.
    All(&'static [&'static str]),
    /// `count` names, starting with `first` and ending with `last`.
    Ends {
        count: usize,
        first: &'static [&'static str],
        last: &'static [&'static str],
    },
}

/// Expected Targets of a lookup column.
#[derive(Debug, Clone)]
enum Targets {
    /// Exactly these, in page order.
    Exact(&'static [&'static str]),
    /// A long list: its length, its ends, and some members it must or must
    /// not contain.
    Summary {
        count: usize,
        first: &'static [&'static str],
        last: &'static [&'static str],
        includes: &'static [&'static str],
        excludes: &'static [&'static str],
    },
}

/// An option as compared: (value, label, state, default_status, invariant_name).
type OptView<'a> = (i64, &'a str, Option<i64>, Option<i64>, Option<&'a str>);

/// One expected choice. `state`, `default_status` and `invariant_name` are
/// compared exactly (`None`: the page gives none, so the model has none).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Opt {
    value: i64,
    label: &'static str,
    state: Option<i64>,
    default_status: Option<i64>,
    invariant_name: Option<&'static str>,
}

fn opt(value: i64, label: &'static str) -> Opt {
    Opt {
        value,
        label,
        state: None,
        default_status: None,
        invariant_name: None,
    }
}

/// A StateCode choice.
fn state_opt(value: i64, label: &'static str, default_status: i64, invariant: &'static str) -> Opt {
    Opt {
        default_status: Some(default_status),
        invariant_name: Some(invariant),
        ..opt(value, label)
    }
}

/// A StatusCode choice.
fn status_opt(value: i64, label: &'static str, state: i64) -> Opt {
    Opt {
        state: Some(state),
        ..opt(value, label)
    }
}

/// Plain `value: label` choices.
fn choices(list: &[(i64, &'static str)]) -> Vec<Opt> {
    list.iter()
        .map(|&(value, label)| opt(value, label))
        .collect()
}

/// A Boolean's two options: 1 with the true label first, then 0.
fn boolean(true_label: &'static str, false_label: &'static str) -> Vec<Opt> {
    vec![opt(1, true_label), opt(0, false_label)]
}

/// Facts about one column.
#[derive(Debug, Clone)]
struct ColumnFact {
    logical_name: &'static str,
    schema_name: &'static str,
    column_type: ColumnType,
    /// (valid_for_create, valid_for_update).
    validity: Option<(bool, bool)>,
    required_level: Option<RequiredLevel>,
    display_name: Expect<&'static str>,
    description: Expect<&'static str>,
    max_length: Expect<u64>,
    min_value: Expect<&'static str>,
    max_value: Expect<&'static str>,
    targets: Option<Targets>,
    options: Option<Vec<Opt>>,
    default_value: Expect<DefaultValue>,
}

fn col(
    logical_name: &'static str,
    schema_name: &'static str,
    column_type: ColumnType,
) -> ColumnFact {
    ColumnFact {
        logical_name,
        schema_name,
        column_type,
        validity: None,
        required_level: None,
        display_name: Expect::Unchecked,
        description: Expect::Unchecked,
        max_length: Expect::Unchecked,
        min_value: Expect::Unchecked,
        max_value: Expect::Unchecked,
        targets: None,
        options: None,
        default_value: Expect::Unchecked,
    }
}

impl ColumnFact {
    /// Valid for create and update (writable, no explicit False).
    fn writable(self) -> Self {
        self.validity(true, true)
    }
    /// Valid for neither (read-only section).
    fn read_only(self) -> Self {
        self.validity(false, false)
    }
    /// Writable with `IsValidForUpdate: False`.
    fn create_only(self) -> Self {
        self.validity(true, false)
    }
    /// Writable with `IsValidForCreate: False`.
    fn update_only(self) -> Self {
        self.validity(false, true)
    }
    fn validity(mut self, create: bool, update: bool) -> Self {
        self.validity = Some((create, update));
        self
    }
    fn required(mut self, level: RequiredLevel) -> Self {
        self.required_level = Some(level);
        self
    }
    fn display(mut self, name: &'static str) -> Self {
        self.display_name = is(name);
        self
    }
    fn no_display(mut self) -> Self {
        self.display_name = Expect::Absent;
        self
    }
    fn description(mut self, text: &'static str) -> Self {
        self.description = is(text);
        self
    }
    fn no_description(mut self) -> Self {
        self.description = Expect::Absent;
        self
    }
    fn max_length(mut self, length: u64) -> Self {
        self.max_length = is(length);
        self
    }
    fn no_max_length(mut self) -> Self {
        self.max_length = Expect::Absent;
        self
    }
    fn bounds(mut self, min: &'static str, max: &'static str) -> Self {
        self.min_value = is(min);
        self.max_value = is(max);
        self
    }
    fn targets(mut self, targets: &'static [&'static str]) -> Self {
        self.targets = Some(Targets::Exact(targets));
        self
    }
    fn targets_summary(mut self, summary: Targets) -> Self {
        self.targets = Some(summary);
        self
    }
    fn options(mut self, options: Vec<Opt>) -> Self {
        self.options = Some(options);
        self
    }
    fn default_value(mut self, value: DefaultValue) -> Self {
        self.default_value = is(value);
        self
    }
    fn no_default(mut self) -> Self {
        self.default_value = Expect::Absent;
        self
    }
}

/// Older-layout CascadeConfiguration: six keys, no Archive / RollupView.
fn old_cascade(
    assign: &str,
    delete: &str,
    merge: &str,
    reparent: &str,
    share: &str,
    unshare: &str,
) -> Cascade {
    Cascade {
        assign: Some(assign.into()),
        delete: Some(delete.into()),
        merge: Some(merge.into()),
        reparent: Some(reparent.into()),
        share: Some(share.into()),
        unshare: Some(unshare.into()),
        archive: None,
        rollup_view: None,
    }
}

/// Older layout, the same value for all six keys.
fn old_cascade_all(value: &str) -> Cascade {
    old_cascade(value, value, value, value, value, value)
}

/// Newer-layout CascadeConfiguration: eight keys, in the page's order
/// (Archive, Assign, Delete, Merge, Reparent, RollupView, Share, Unshare).
#[allow(clippy::too_many_arguments)]
fn new_cascade(
    archive: &str,
    assign: &str,
    delete: &str,
    merge: &str,
    reparent: &str,
    rollup_view: &str,
    share: &str,
    unshare: &str,
) -> Cascade {
    Cascade {
        archive: Some(archive.into()),
        assign: Some(assign.into()),
        delete: Some(delete.into()),
        merge: Some(merge.into()),
        reparent: Some(reparent.into()),
        rollup_view: Some(rollup_view.into()),
        share: Some(share.into()),
        unshare: Some(unshare.into()),
    }
}

/// Newer layout, the same value for all eight keys.
fn new_cascade_all(value: &str) -> Cascade {
    new_cascade(value, value, value, value, value, value, value, value)
}

/// Facts about one one-to-many relationship.
#[derive(Debug, Clone)]
struct OneToManyFact {
    schema_name: &'static str,
    referencing_entity: &'static str,
    referencing_attribute: &'static str,
    navigation: &'static str,
    is_hierarchical: Expect<bool>,
    is_customizable: Expect<bool>,
    cascade: Expect<Cascade>,
}

fn o2m(
    schema_name: &'static str,
    referencing_entity: &'static str,
    referencing_attribute: &'static str,
    navigation: &'static str,
) -> OneToManyFact {
    OneToManyFact {
        schema_name,
        referencing_entity,
        referencing_attribute,
        navigation,
        is_hierarchical: Expect::Unchecked,
        is_customizable: Expect::Unchecked,
        cascade: Expect::Unchecked,
    }
}

impl OneToManyFact {
    fn hierarchical(mut self, value: bool) -> Self {
        self.is_hierarchical = is(value);
        self
    }
    fn customizable(mut self, value: bool) -> Self {
        self.is_customizable = is(value);
        self
    }
    fn cascade(mut self, cascade: Cascade) -> Self {
        self.cascade = is(cascade);
        self
    }
    fn no_cascade(mut self) -> Self {
        self.cascade = Expect::Absent;
        self
    }
}

/// Facts about one many-to-one relationship.
#[derive(Debug, Clone)]
struct ManyToOneFact {
    schema_name: &'static str,
    referenced_entity: &'static str,
    referenced_attribute: Expect<&'static str>,
    referencing_attribute: Expect<&'static str>,
    navigation: Expect<&'static str>,
    is_hierarchical: Expect<bool>,
    cascade: Expect<Cascade>,
}

fn m2o(schema_name: &'static str, referenced_entity: &'static str) -> ManyToOneFact {
    ManyToOneFact {
        schema_name,
        referenced_entity,
        referenced_attribute: Expect::Unchecked,
        referencing_attribute: Expect::Unchecked,
        navigation: Expect::Unchecked,
        is_hierarchical: Expect::Unchecked,
        cascade: Expect::Unchecked,
    }
}

/// Older-layout entries: only the name and the referenced table.
fn m2o_list(list: &[(&'static str, &'static str)]) -> Vec<ManyToOneFact> {
    list.iter().map(|&(name, table)| m2o(name, table)).collect()
}

impl ManyToOneFact {
    /// The newer layout's ReferencedAttribute, ReferencingAttribute and
    /// ReferencingEntityNavigationPropertyName; its IsHierarchical cell is
    /// empty, so the model has none.
    fn newer(
        mut self,
        referenced_attribute: &'static str,
        referencing_attribute: &'static str,
        navigation: &'static str,
    ) -> Self {
        self.referenced_attribute = is(referenced_attribute);
        self.referencing_attribute = is(referencing_attribute);
        self.navigation = is(navigation);
        self.is_hierarchical = Expect::Absent;
        self
    }
    fn cascade(mut self, cascade: Cascade) -> Self {
        self.cascade = is(cascade);
        self
    }
}

/// Facts about one many-to-many relationship.
#[derive(Debug, Clone, Default)]
struct ManyToManyFact {
    schema_name: &'static str,
    intersect_entity_name: Expect<&'static str>,
    is_customizable: Expect<bool>,
    entity1_logical_name: Expect<&'static str>,
    entity1_intersect_attribute: Expect<&'static str>,
    entity1_navigation_property_name: Expect<&'static str>,
    entity2_logical_name: Expect<&'static str>,
    entity2_intersect_attribute: Expect<&'static str>,
    entity2_navigation_property_name: Expect<&'static str>,
}

/// The create/update validity of every column of a page: the first
/// `writable` columns are under "Writable columns/attributes" and are valid
/// for both unless listed in `exceptions` (an explicit `IsValidForCreate` or
/// `IsValidForUpdate` False); the rest are under "Read-only
/// columns/attributes" and valid for neither.
#[derive(Debug, Clone)]
struct Validity {
    writable: usize,
    /// `(logical name, valid_for_create, valid_for_update)`.
    exceptions: &'static [(&'static str, bool, bool)],
}

/// Facts about one table, for the page forms listed in `forms`.
#[derive(Debug, Clone, Default)]
struct TableFacts {
    /// The page's file stem.
    table: &'static str,
    /// The forms these facts hold for.
    forms: &'static [PageForm],
    logical_name: Expect<&'static str>,
    schema_name: Expect<&'static str>,
    display_name: Expect<&'static str>,
    display_collection_name: Expect<&'static str>,
    description: Expect<&'static str>,
    entity_set_name: Expect<&'static str>,
    logical_collection_name: Expect<&'static str>,
    collection_schema_name: Expect<&'static str>,
    primary_id_attribute: Expect<&'static str>,
    primary_name_attribute: Expect<&'static str>,
    ownership_type: Expect<&'static str>,
    is_bpf_entity: Expect<bool>,
    table_type: Expect<&'static str>,
    /// Message names in order (Messages table, then Events table).
    messages: Option<Names>,
    /// `(message, is_event)` for some messages.
    message_events: &'static [(&'static str, Option<bool>)],
    /// Column logical names in order.
    columns: Option<Names>,
    /// `(index, logical name)`: where a column sits in the list.
    columns_at: &'static [(usize, &'static str)],
    /// Columns this revision of the page does not have.
    absent_columns: &'static [&'static str],
    column_facts: Vec<ColumnFact>,
    /// The validity of every column: see [`Validity`].
    validity: Option<Validity>,
    /// How many columns of each type the page lists.
    type_counts: &'static [(ColumnType, usize)],
    /// How many choices all the columns have together (Boolean: 2 each).
    option_count: Option<usize>,
    one_to_many: Option<Names>,
    one_to_many_facts: Vec<OneToManyFact>,
    many_to_one: Option<Names>,
    many_to_one_facts: Vec<ManyToOneFact>,
    many_to_many: Option<Names>,
    many_to_many_facts: Vec<ManyToManyFact>,
}

// ---------------------------------------------------------------------------
// The facts
// ---------------------------------------------------------------------------

/// The 24 column logical names, in page order.
#[rustfmt::skip]
const ACTIVITYPARTY_COLUMNS: &[&str] = &[
    "activityid", "activitypartyid", "addressused", "effort", "exchangeentryid",
    "participationtypemask", "partyid", "partyidname", "partyobjecttypecode",
    "unresolvedpartyname", "addressusedemailcolumnnumber", "donotemail", "donotfax",
    "donotphone", "donotpostalmail", "instancetypecode", "ispartydeleted", "ownerid",
    "owneridtype", "owningbusinessunit", "owninguser", "scheduledend", "scheduledstart",
    "versionnumber",
];

/// The 15 many-to-one relationship schema names, in page order.
#[rustfmt::skip]
const ACTIVITYPARTY_MANY_TO_ONE: &[&str] = &[
    "account_activity_parties", "letter_activity_parties", "phonecall_activity_parties",
    "task_activity_parties", "recurringappointmentmaster_activity_parties",
    "contact_activity_parties", "system_user_activity_parties", "appointment_activity_parties",
    "socialactivity_activity_parties", "queue_activity_parties",
    "knowledgearticle_activity_parties", "email_activity_parties", "fax_activity_parties",
    "activitypointer_activity_parties", "chat_activity_parties",
];

/// The 29 column logical names, in page order.
#[rustfmt::skip]
const AGENTPROMPT_COLUMNS: &[&str] = &[
    "agenticscenario", "agenticscenariopid", "agentid", "agentpromptid", "basepromptid",
    "experimentmetadata", "importsequencenumber", "name", "overriddencreatedon", "ownerid",
    "owneridtype", "parentpromptid", "partitionid", "prompttext", "prompttexthash", "status",
    "ttlinseconds", "createdby", "createdon", "createdonbehalfby", "modifiedby", "modifiedon",
    "modifiedonbehalfby", "owneridname", "owneridyominame", "owningbusinessunit", "owningteam",
    "owninguser", "versionnumber",
];

/// The 8 many-to-one relationship schema names, in page order.
#[rustfmt::skip]
const AGENTPROMPT_MANY_TO_ONE: &[&str] = &[
    "business_unit_agentprompt", "lk_agentprompt_createdby", "lk_agentprompt_createdonbehalfby",
    "lk_agentprompt_modifiedby", "lk_agentprompt_modifiedonbehalfby", "owner_agentprompt",
    "team_agentprompt", "user_agentprompt",
];

/// The 19 message names, in page order.
#[rustfmt::skip]
const CUSTOMAPI_MESSAGES: &[&str] = &[
    "Assign", "Associate", "Create", "CreateMultiple", "Delete", "Disassociate", "GrantAccess",
    "IsValidStateTransition", "ModifyAccess", "Retrieve", "RetrieveMultiple",
    "RetrievePrincipalAccess", "RetrieveSharedPrincipalsAndAccess", "RevokeAccess", "SetState",
    "Update", "UpdateMultiple", "Upsert", "UpsertMultiple",
];

/// The 43 column logical names, in page order.
#[rustfmt::skip]
const CUSTOMAPI_COLUMNS: &[&str] = &[
    "allowedcustomprocessingsteptype", "bindingtype", "boundentitylogicalname", "customapiid",
    "description", "displayname", "executeprivilegename", "fxexpressionid",
    "importsequencenumber", "iscustomizable", "isfunction", "isprivate", "name",
    "overriddencreatedon", "ownerid", "owneridtype", "plugintypeid", "powerfxruleid",
    "sdkmessageid", "statecode", "statuscode", "timezoneruleversionnumber", "uniquename",
    "utcconversiontimezonecode", "workflowsdkstepenabled", "componentidunique",
    "componentstate", "createdby", "createdon", "createdonbehalfby", "ismanaged", "modifiedby",
    "modifiedon", "modifiedonbehalfby", "overwritetime", "owneridname", "owneridyominame",
    "owningbusinessunit", "owningteam", "owninguser", "solutionid", "supportingsolutionid",
    "versionnumber",
];

/// The 18 one-to-many relationship schema names, in page order.
#[rustfmt::skip]
const CUSTOMAPI_ONE_TO_MANY: &[&str] = &[
    "AIPluginOperation_CustomAPI_CustomAPI", "catalogassignment_customapi",
    "customapi_AsyncOperations", "customapi_BulkDeleteFailures",
    "customapi_customapirequestparameter", "customapi_customapiresponseproperty",
    "customapi_MailboxTrackingFolders", "customapi_msdyn_function_customapi",
    "customapi_plugin_CustomAPI", "customapi_PrincipalObjectAttributeAccesses",
    "customapi_ProcessSession", "customapi_serviceplanmapping", "customapi_SyncErrors",
    "fabricaiskill_customapiid", "MCPTool_CustomAPI_CustomAPI",
    "msdyn_customapi_msdyn_pmbusinessruleautomationconfig_CustomApiId",
    "msdyn_formmapping_customapiid", "msdyn_knowledgeassetconfiguration_customapiid",
];

/// The 12 many-to-one relationship schema names, in page order.
#[rustfmt::skip]
const CUSTOMAPI_MANY_TO_ONE: &[&str] = &[
    "business_unit_customapi", "fxexpression_customapi", "lk_customapi_createdby",
    "lk_customapi_createdonbehalfby", "lk_customapi_modifiedby",
    "lk_customapi_modifiedonbehalfby", "owner_customapi", "plugintype_customapi",
    "powerfxrule_customapi", "sdkmessage_customapi", "team_customapi", "user_customapi",
];

/// The 11 column logical names, in page order.
#[rustfmt::skip]
const MSPP_COLUMNPERMISSIONPROFILE_COLUMNS: &[&str] = &[
    "mspp_allcolumnpermissions", "mspp_columnpermissionprofileid", "mspp_createdby",
    "mspp_createdon", "mspp_modifiedby", "mspp_modifiedon", "mspp_profilename",
    "mspp_tablename", "mspp_websiteid", "statecode", "statuscode",
];

/// The 12 message names, in page order.
#[rustfmt::skip]
const PROCESSSESSION_MESSAGES: &[&str] = &[
    "Assign", "Create", "Delete", "GrantAccess", "ModifyAccess", "Retrieve", "RetrieveMultiple",
    "RetrievePrincipalAccess", "RetrieveSharedPrincipalsAndAccess", "RevokeAccess", "SetState",
    "Update",
];

/// The 9 one-to-many relationship schema names, in page order.
#[rustfmt::skip]
const PROCESSSESSION_ONE_TO_MANY: &[&str] = &[
    "lk_workflowlog_processsession", "lk_workflowlog_processsession_childworkflow",
    "lk_processsession_previouslinkedsessionid", "lk_processsession_nextlinkedsessionid",
    "lk_processsession_originatingsessionid", "processsession_connections2",
    "ProcessSession_SyncErrors", "processsession_connections1", "processsession_PostFollows",
];

/// The 62 column logical names, in page order.
#[rustfmt::skip]
const PROCESSSESSION_V92_COLUMNS: &[&str] = &[
    "activityname", "canceledon", "comments", "completedon", "errorcode", "executedby",
    "inputarguments", "name", "nextlinkedsessionid", "originatingsessionid", "ownerid",
    "owneridtype", "previouslinkedsessionid", "processid", "processsessionid",
    "processstagename", "processstate", "regardingobjectid", "regardingobjectidname",
    "regardingobjectidyominame", "regardingobjecttypecode", "startedon", "statecode",
    "statuscode", "stepname", "canceledby", "canceledbyname", "canceledbyyominame",
    "completedby", "completedbyname", "completedbyyominame", "createdby", "createdbyname",
    "createdbyyominame", "createdon", "createdonbehalfby", "createdonbehalfbyname",
    "createdonbehalfbyyominame", "executedbyname", "executedbyyominame", "executedon",
    "modifiedby", "modifiedbyname", "modifiedbyyominame", "modifiedon", "modifiedonbehalfby",
    "modifiedonbehalfbyname", "modifiedonbehalfbyyominame", "nextlinkedsessionidname",
    "originatingsessionidname", "owneridname", "owneridyominame", "owningbusinessunit",
    "owningbusinessunitname", "owningteam", "owninguser", "previouslinkedsessionidname",
    "processidname", "protectionkey", "startedby", "startedbyname", "startedbyyominame",
];

/// The 61 column logical names, in page order.
#[rustfmt::skip]
const PROCESSSESSION_V90_COLUMNS: &[&str] = &[
    "activityname", "canceledon", "comments", "completedon", "errorcode", "executedby",
    "inputarguments", "name", "nextlinkedsessionid", "originatingsessionid", "ownerid",
    "owneridtype", "previouslinkedsessionid", "processid", "processsessionid",
    "processstagename", "processstate", "regardingobjectid", "regardingobjectidname",
    "regardingobjectidyominame", "regardingobjecttypecode", "startedon", "statecode",
    "statuscode", "stepname", "canceledby", "canceledbyname", "canceledbyyominame",
    "completedby", "completedbyname", "completedbyyominame", "createdby", "createdbyname",
    "createdbyyominame", "createdon", "createdonbehalfby", "createdonbehalfbyname",
    "createdonbehalfbyyominame", "executedbyname", "executedbyyominame", "executedon",
    "modifiedby", "modifiedbyname", "modifiedbyyominame", "modifiedon", "modifiedonbehalfby",
    "modifiedonbehalfbyname", "modifiedonbehalfbyyominame", "nextlinkedsessionidname",
    "originatingsessionidname", "owneridname", "owneridyominame", "owningbusinessunit",
    "owningteam", "owninguser", "previouslinkedsessionidname", "processidname", "protectionkey",
    "startedby", "startedbyname", "startedbyyominame",
];

/// The 11 message names, in page order.
#[rustfmt::skip]
const TEAM_MESSAGES: &[&str] = &[
    "AddMembersTeam", "ConvertOwnerTeamToAccessTeam", "Create", "Delete", "RemoveMembersTeam",
    "Retrieve", "RetrieveMultiple", "SetParentBusinessUnit", "SetParentSystemUser",
    "SetParentTeam", "Update",
];

/// The 48 column logical names, in page order.
#[rustfmt::skip]
const TEAM_COLUMNS: &[&str] = &[
    "administratorid", "azureactivedirectoryobjectid", "businessunitid", "description",
    "emailaddress", "importsequencenumber", "membershiptype", "name", "overriddencreatedon",
    "processid", "queueid", "regardingobjectid", "regardingobjecttypecode", "stageid", "teamid",
    "teamtemplateid", "teamtype", "transactioncurrencyid", "traversedpath", "yominame",
    "administratoridname", "administratoridyominame", "businessunitidname", "createdby",
    "createdbyname", "createdbyyominame", "createdon", "createdonbehalfby",
    "createdonbehalfbyname", "createdonbehalfbyyominame", "exchangerate", "isdefault",
    "issastokenset", "modifiedby", "modifiedbyname", "modifiedbyyominame", "modifiedon",
    "modifiedonbehalfby", "modifiedonbehalfbyname", "modifiedonbehalfbyyominame",
    "organizationid", "organizationidname", "queueidname", "sastoken", "sharelinkqualifier",
    "systemmanaged", "transactioncurrencyidname", "versionnumber",
];

/// The 12 many-to-one relationship schema names, in page order.
#[rustfmt::skip]
const TEAM_MANY_TO_ONE: &[&str] = &[
    "knowledgearticle_Teams", "teamtemplate_Teams", "lk_teambase_administratorid",
    "processstage_teams", "lk_teambase_modifiedby", "lk_teambase_createdby", "queue_team",
    "TransactionCurrency_Team", "business_unit_teams", "organization_teams",
    "lk_team_modifiedonbehalfby", "lk_team_createdonbehalfby",
];

/// The 14 message names, in page order.
#[rustfmt::skip]
const ACCOUNT_MESSAGES: &[&str] = &[
    "Assign", "Create", "Delete", "GrantAccess", "Merge", "ModifyAccess", "Retrieve",
    "RetrieveMultiple", "RetrievePrincipalAccess", "RetrieveSharedPrincipalsAndAccess",
    "RevokeAccess", "Rollup", "SetState", "Update",
];

/// The 34 one-to-many relationship schema names, in page order.
#[rustfmt::skip]
const ACCOUNT_ONE_TO_MANY: &[&str] = &[
    "account_principalobjectattributeaccess", "Account_Faxes", "slakpiinstance_account",
    "account_PostFollows", "Account_Tasks", "account_connections1",
    "SocialActivity_PostAuthorAccount_accounts", "Account_DuplicateBaseRecord",
    "SocialActivity_PostAuthor_accounts", "Account_SyncErrors", "Account_MailboxTrackingFolder",
    "Account_BulkDeleteFailures", "Account_ActivityPointers", "Account_Email_SendersAccount",
    "Account_Appointments", "Socialprofile_customer_accounts", "Account_Emails",
    "account_activity_parties", "Account_Phonecalls", "Account_SocialActivities",
    "Account_DuplicateMatchingRecord", "account_actioncard", "Account_AsyncOperations",
    "Account_CustomerAddress", "Account_Annotation", "Account_Letters",
    "Account_RecurringAppointmentMasters", "Account_Email_EmailSender",
    "Account_ProcessSessions", "account_parent_account", "contact_customer_accounts",
    "account_master_account", "Account_SharepointDocumentLocation", "account_connections2",
];

/// The 15 many-to-one relationship schema names, in page order.
#[rustfmt::skip]
const ACCOUNT_MANY_TO_ONE: &[&str] = &[
    "account_primary_contact", "account_master_account", "system_user_accounts",
    "lk_accountbase_modifiedby", "account_parent_account", "business_unit_accounts",
    "transactioncurrency_account", "user_accounts", "lk_accountbase_createdonbehalfby",
    "processstage_account", "manualsla_account", "lk_accountbase_createdby", "sla_account",
    "lk_accountbase_modifiedonbehalfby", "team_accounts",
];

use ColumnType as T;
use RequiredLevel as R;

const NO_NAMES: Names = Names::All(&[]);

fn activityparty() -> Vec<TableFacts> {
    vec![TableFacts {
        table: "activityparty",
        forms: ALL_FORMS,
        logical_name: is("activityparty"),
        schema_name: is("ActivityParty"),
        display_name: is("Activity Party"),
        display_collection_name: is("Activity Parties"),
        description: is(
            "Person or group associated with an activity. An activity can have multiple activity parties.",
        ),
        entity_set_name: is("activityparties"),
        logical_collection_name: is("activityparties"),
        collection_schema_name: is("ActivityParties"),
        primary_id_attribute: is("activitypartyid"),
        primary_name_attribute: is("partyidname"),
        ownership_type: is("None"),
        is_bpf_entity: is(false),
        table_type: Expect::Absent,
        messages: Some(Names::All(&["RetrieveMultiple"])),
        message_events: &[("RetrieveMultiple", None)],
        columns: Some(Names::All(ACTIVITYPARTY_COLUMNS)),
        validity: Some(Validity {
            writable: 10,
            exceptions: &[("activitypartyid", true, false), ("partyidname", true, false)],
        }),
        type_counts: &[
            (T::BigInt, 1),
            (T::Boolean, 5),
            (T::DateTime, 2),
            (T::Double, 1),
            (T::EntityName, 2),
            (T::Integer, 1),
            (T::Lookup, 2),
            (T::Owner, 1),
            (T::Picklist, 2),
            (T::String, 4),
            (T::Uniqueidentifier, 3),
        ],
        option_count: Some(27),
        column_facts: vec![
            col("activityid", "ActivityId", T::Lookup)
                .writable()
                .required(R::SystemRequired)
                .display("Activity")
                .targets(&["activitypointer"]),
            col("activitypartyid", "ActivityPartyId", T::Uniqueidentifier)
                .create_only()
                .description("Unique identifier of the activity party."),
            // The page writes `|DisplayName|Address |` (trailing space).
            col("addressused", "AddressUsed", T::String)
                .writable()
                .display("Address")
                .max_length(320),
            col("effort", "Effort", T::Double)
                .writable()
                .bounds("0", "1000000000")
                .no_max_length(),
            col("exchangeentryid", "ExchangeEntryId", T::String)
                .writable()
                .max_length(1024),
            col("participationtypemask", "ParticipationTypeMask", T::Picklist)
                .writable()
                .required(R::SystemRequired)
                .options(choices(&[
                    (1, "Sender"),
                    (2, "To Recipient"),
                    (3, "CC Recipient"),
                    (4, "BCC Recipient"),
                    (5, "Required attendee"),
                    (6, "Optional attendee"),
                    (7, "Organizer"),
                    (8, "Regarding"),
                    (9, "Owner"),
                    (10, "Resource"),
                    (11, "Customer"),
                    (12, "Chat Participant"),
                ]))
                .no_default(),
            col("partyid", "PartyId", T::Lookup)
                .writable()
                .targets(&["account", "contact", "knowledgearticle", "queue", "systemuser"]),
            // Empty Description and DisplayName cells.
            col("partyidname", "PartyIdName", T::String)
                .create_only()
                .max_length(400)
                .no_description()
                .no_display(),
            col("partyobjecttypecode", "PartyObjectTypeCode", T::EntityName).writable(),
            col("unresolvedpartyname", "UnresolvedPartyName", T::String)
                .writable()
                .max_length(200),
            col("addressusedemailcolumnnumber", "AddressUsedEmailColumnNumber", T::Integer)
                .read_only()
                .bounds("1", "2147483647"),
            // `**DefaultValue**: 0` under a Boolean's choices.
            col("donotemail", "DoNotEmail", T::Boolean)
                .read_only()
                .options(boolean("Do Not Allow", "Allow"))
                .default_value(DefaultValue::Bool(false)),
            col("donotpostalmail", "DoNotPostalMail", T::Boolean)
                .read_only()
                .options(boolean("Do Not Allow", "Allow"))
                .default_value(DefaultValue::Bool(false)),
            col("instancetypecode", "InstanceTypeCode", T::Picklist)
                .read_only()
                .options(choices(&[
                    (0, "Not Recurring"),
                    (1, "Recurring Master"),
                    (2, "Recurring Instance"),
                    (3, "Recurring Exception"),
                    (4, "Recurring Future Exception"),
                ]))
                .no_default(),
            col("ispartydeleted", "IsPartyDeleted", T::Boolean)
                .read_only()
                .options(boolean("Yes", "No"))
                .default_value(DefaultValue::Bool(false)),
            col("ownerid", "OwnerId", T::Owner)
                .read_only()
                .required(R::ApplicationRequired)
                .targets(&["systemuser", "team"]),
            col("owningbusinessunit", "OwningBusinessUnit", T::Uniqueidentifier).read_only(),
            col("scheduledend", "ScheduledEnd", T::DateTime).read_only(),
            col("versionnumber", "VersionNumber", T::BigInt)
                .read_only()
                .bounds("-9223372036854775808", "9223372036854775807"),
        ],
        one_to_many: Some(Names::All(&["ActivityParty_SyncErrors"])),
        one_to_many_facts: vec![o2m(
            "ActivityParty_SyncErrors",
            "syncerror",
            "regardingobjectid",
            "ActivityParty_SyncErrors",
        )
        .hierarchical(false)
        .customizable(true)
        .cascade(old_cascade_all("Cascade"))],
        many_to_one: Some(Names::All(ACTIVITYPARTY_MANY_TO_ONE)),
        many_to_one_facts: m2o_list(&[
            ("account_activity_parties", "account"),
            ("letter_activity_parties", "letter"),
            ("phonecall_activity_parties", "phonecall"),
            ("task_activity_parties", "task"),
            ("recurringappointmentmaster_activity_parties", "recurringappointmentmaster"),
            ("contact_activity_parties", "contact"),
            ("system_user_activity_parties", "systemuser"),
            ("appointment_activity_parties", "appointment"),
            ("socialactivity_activity_parties", "socialactivity"),
            ("queue_activity_parties", "queue"),
            ("knowledgearticle_activity_parties", "knowledgearticle"),
            ("email_activity_parties", "email"),
            ("fax_activity_parties", "fax"),
            ("activitypointer_activity_parties", "activitypointer"),
            ("chat_activity_parties", "chat"),
        ]),
        many_to_many: Some(NO_NAMES),
        ..TableFacts::default()
    }]
}

fn agentprompt() -> Vec<TableFacts> {
    let nocascade = new_cascade_all("NoCascade");
    vec![TableFacts {
        table: "agentprompt",
        forms: ALL_FORMS,
        logical_name: is("agentprompt"),
        schema_name: is("agentprompt"),
        display_name: is("Agent Prompt"),
        display_collection_name: is("Agent Prompts"),
        // No paragraph between the title and "Messages".
        description: Expect::Absent,
        entity_set_name: is("agentprompts"),
        logical_collection_name: is("agentprompts"),
        collection_schema_name: is("agentprompts"),
        primary_id_attribute: is("agentpromptid"),
        primary_name_attribute: is("name"),
        ownership_type: is("UserOwned"),
        is_bpf_entity: Expect::Absent,
        table_type: is("Elastic"),
        messages: Some(Names::All(&[
            "Assign",
            "Associate",
            "Create",
            "CreateMultiple",
            "Delete",
            "DeleteMultiple",
            "Disassociate",
            "Retrieve",
            "RetrieveEntityChanges",
            "RetrieveMultiple",
            "RetrievePrincipalAccess",
            "Update",
            "UpdateMultiple",
            "Upsert",
            "UpsertMultiple",
            // The Events table.
            "BulkRetain",
            "PurgeRetainedContent",
            "Retain",
            "RollbackRetain",
            "ValidateRetentionConfig",
        ])),
        message_events: &[
            ("Assign", Some(true)),
            ("RetrieveEntityChanges", Some(true)),
            ("UpsertMultiple", Some(true)),
        ],
        columns: Some(Names::All(AGENTPROMPT_COLUMNS)),
        validity: Some(Validity {
            writable: 17,
            exceptions: &[],
        }),
        type_counts: &[
            (T::BigInt, 1),
            (T::DateTime, 3),
            (T::EntityName, 1),
            (T::Integer, 2),
            (T::Lookup, 8),
            (T::Memo, 2),
            (T::Owner, 1),
            (T::String, 10),
            (T::Uniqueidentifier, 1),
        ],
        option_count: Some(0),
        column_facts: vec![
            col("agenticscenario", "agenticscenario", T::Lookup)
                .writable()
                .display("Agentic Scenario")
                .no_description()
                .targets(&["agenticscenario"]),
            col("agenticscenariopid", "agenticscenarioPId", T::String)
                .writable()
                .no_display()
                .max_length(100),
            col("agentid", "AgentId", T::String)
                .writable()
                .display("Agent Id")
                .max_length(100),
            col("agentpromptid", "agentpromptId", T::Uniqueidentifier)
                .writable()
                .required(R::SystemRequired)
                .display("Agent Prompt")
                .description("Unique identifier for entity instances"),
            col("experimentmetadata", "ExperimentMetadata", T::Memo)
                .writable()
                .display("Experiment Metadata")
                .description("Experiment Metadata associated with the prompt.")
                .max_length(1000000),
            col("importsequencenumber", "ImportSequenceNumber", T::Integer)
                .writable()
                .bounds("-2147483648", "2147483647"),
            col("name", "Name", T::String)
                .writable()
                .required(R::ApplicationRequired)
                .max_length(850),
            col("overriddencreatedon", "OverriddenCreatedOn", T::DateTime).writable(),
            // Newer layout: `systemuser, team`, with a space.
            col("ownerid", "OwnerId", T::Owner)
                .writable()
                .required(R::SystemRequired)
                .targets(&["systemuser", "team"]),
            col("owneridtype", "OwnerIdType", T::EntityName)
                .writable()
                .description("Owner Id Type")
                .no_display(),
            col("prompttext", "PromptText", T::Memo)
                .writable()
                .max_length(20000),
            col("status", "Status", T::String)
                .writable()
                .description("Status of the prompt.")
                .max_length(100),
            col("ttlinseconds", "TTLInSeconds", T::Integer)
                .writable()
                .display("Time to live")
                .bounds("1", "2147483647"),
            col("createdby", "CreatedBy", T::Lookup)
                .read_only()
                .targets(&["systemuser"]),
            col("createdon", "CreatedOn", T::DateTime).read_only(),
            col("owneridname", "OwnerIdName", T::String)
                .read_only()
                .max_length(100),
            col("owningbusinessunit", "OwningBusinessUnit", T::Lookup)
                .read_only()
                .targets(&["businessunit"]),
            col("owningteam", "OwningTeam", T::Lookup)
                .read_only()
                .targets(&["team"]),
            col("versionnumber", "VersionNumber", T::BigInt)
                .read_only()
                .bounds("-9223372036854775808", "9223372036854775807"),
        ],
        one_to_many: Some(NO_NAMES),
        many_to_one: Some(Names::All(AGENTPROMPT_MANY_TO_ONE)),
        many_to_one_facts: vec![
            m2o("business_unit_agentprompt", "businessunit")
                .newer("businessunitid", "owningbusinessunit", "owningbusinessunit")
                .cascade(nocascade.clone()),
            m2o("lk_agentprompt_createdby", "systemuser")
                .newer("systemuserid", "createdby", "createdby")
                .cascade(nocascade.clone()),
            m2o("lk_agentprompt_modifiedonbehalfby", "systemuser")
                .newer("systemuserid", "modifiedonbehalfby", "modifiedonbehalfby")
                .cascade(nocascade.clone()),
            m2o("owner_agentprompt", "owner")
                .newer("ownerid", "ownerid", "ownerid")
                .cascade(nocascade.clone()),
            m2o("team_agentprompt", "team")
                .newer("teamid", "owningteam", "owningteam")
                .cascade(nocascade.clone()),
            m2o("user_agentprompt", "systemuser")
                .newer("systemuserid", "owninguser", "owninguser")
                .cascade(nocascade),
        ],
        many_to_many: Some(NO_NAMES),
        ..TableFacts::default()
    }]
}

fn customapi() -> Vec<TableFacts> {
    let nocascade = new_cascade_all("NoCascade");
    let removelink = new_cascade(
        "NoCascade",
        "NoCascade",
        "RemoveLink",
        "NoCascade",
        "NoCascade",
        "NoCascade",
        "NoCascade",
        "NoCascade",
    );
    vec![TableFacts {
        table: "customapi",
        forms: ALL_FORMS,
        logical_name: is("customapi"),
        schema_name: is("CustomAPI"),
        display_name: is("Custom API"),
        display_collection_name: is("Custom APIs"),
        description: is("Entity that defines a custom API"),
        entity_set_name: is("customapis"),
        logical_collection_name: is("customapis"),
        collection_schema_name: is("CustomAPIs"),
        primary_id_attribute: is("customapiid"),
        primary_name_attribute: is("name"),
        ownership_type: is("UserOwned"),
        is_bpf_entity: Expect::Absent,
        table_type: is("Standard"),
        messages: Some(Names::All(CUSTOMAPI_MESSAGES)),
        message_events: &[
            ("Assign", Some(true)),
            ("IsValidStateTransition", Some(false)),
            ("SetState", Some(true)),
            ("Upsert", Some(false)),
            ("UpsertMultiple", Some(false)),
        ],
        columns: Some(Names::All(CUSTOMAPI_COLUMNS)),
        validity: Some(Validity {
            writable: 25,
            exceptions: &[],
        }),
        type_counts: &[
            (T::BigInt, 1),
            (T::Boolean, 4),
            (T::DateTime, 4),
            (T::EntityName, 1),
            (T::Integer, 3),
            (T::Lookup, 11),
            (T::ManagedProperty, 1),
            (T::Owner, 1),
            (T::Picklist, 3),
            (T::State, 1),
            (T::Status, 1),
            (T::String, 8),
            (T::Uniqueidentifier, 4),
        ],
        option_count: Some(22),
        column_facts: vec![
            // Newer layout: DefaultFormValue 0.
            col(
                "allowedcustomprocessingsteptype",
                "AllowedCustomProcessingStepType",
                T::Picklist,
            )
            .writable()
            .required(R::SystemRequired)
            .display("Allowed Custom Processing Step Type")
            .description("The type of custom processing step allowed")
            .options(choices(&[
                (0, "None"),
                (1, "Async Only"),
                (2, "Sync and Async"),
            ]))
            .default_value(DefaultValue::Integer(0)),
            col("bindingtype", "BindingType", T::Picklist)
                .writable()
                .options(choices(&[
                    (0, "Global"),
                    (1, "Entity"),
                    (2, "Entity Collection"),
                ]))
                .default_value(DefaultValue::Integer(0)),
            col(
                "boundentitylogicalname",
                "BoundEntityLogicalName",
                T::String,
            )
            .writable()
            .required(R::None)
            .max_length(100),
            col("customapiid", "CustomAPIId", T::Uniqueidentifier).writable(),
            col("description", "Description", T::String)
                .writable()
                .display("Description")
                .description("Localized description for custom API instances")
                .max_length(300),
            col("fxexpressionid", "FxExpressionId", T::Lookup)
                .writable()
                .targets(&["fxexpression"]),
            col("iscustomizable", "IsCustomizable", T::ManagedProperty).writable(),
            // Newer layout: True Label / False Label / DefaultValue rows.
            col("isfunction", "IsFunction", T::Boolean)
                .writable()
                .required(R::SystemRequired)
                .display("Is Function")
                .options(boolean("Yes", "No"))
                .default_value(DefaultValue::Bool(false)),
            col("isprivate", "IsPrivate", T::Boolean)
                .writable()
                .options(boolean("Yes", "No"))
                .default_value(DefaultValue::Bool(false)),
            col("ownerid", "OwnerId", T::Owner)
                .writable()
                .targets(&["systemuser", "team"]),
            col("plugintypeid", "PluginTypeId", T::Lookup)
                .writable()
                .no_description()
                .targets(&["plugintype"]),
            col("sdkmessageid", "SdkMessageId", T::Lookup)
                .writable()
                .targets(&["sdkmessage"]),
            // Empty DefaultFormValue: no default.
            col("statecode", "statecode", T::State)
                .writable()
                .required(R::SystemRequired)
                .options(vec![
                    state_opt(0, "Active", 1, "Active"),
                    state_opt(1, "Inactive", 2, "Inactive"),
                ])
                .no_default(),
            col("statuscode", "statuscode", T::Status)
                .writable()
                .options(vec![
                    status_opt(1, "Active", 0),
                    status_opt(2, "Inactive", 1),
                ])
                .no_default(),
            col(
                "timezoneruleversionnumber",
                "TimeZoneRuleVersionNumber",
                T::Integer,
            )
            .writable()
            .bounds("-1", "2147483647"),
            col("uniquename", "UniqueName", T::String)
                .writable()
                .max_length(128),
            col(
                "workflowsdkstepenabled",
                "WorkflowSdkStepEnabled",
                T::Boolean,
            )
            .writable()
            .options(boolean("Yes", "No"))
            .default_value(DefaultValue::Bool(false)),
            col(
                "componentidunique",
                "ComponentIdUnique",
                T::Uniqueidentifier,
            )
            .read_only(),
            col("componentstate", "ComponentState", T::Picklist)
                .read_only()
                .options(choices(&[
                    (0, "Published"),
                    (1, "Unpublished"),
                    (2, "Deleted"),
                    (3, "Deleted Unpublished"),
                ]))
                .no_default(),
            col("ismanaged", "IsManaged", T::Boolean)
                .read_only()
                .options(boolean("Managed", "Unmanaged"))
                .default_value(DefaultValue::Bool(false)),
            col("overwritetime", "OverwriteTime", T::DateTime).read_only(),
            col(
                "supportingsolutionid",
                "SupportingSolutionId",
                T::Uniqueidentifier,
            )
            .read_only(),
            col("versionnumber", "VersionNumber", T::BigInt)
                .read_only()
                .bounds("-9223372036854775808", "9223372036854775807"),
        ],
        one_to_many: Some(Names::All(CUSTOMAPI_ONE_TO_MANY)),
        // The newer layout's one-to-many entries give no CascadeConfiguration.
        one_to_many_facts: vec![
            o2m(
                "AIPluginOperation_CustomAPI_CustomAPI",
                "aipluginoperation",
                "customapi",
                "AIPluginOperation_CustomAPI_CustomAPI",
            )
            .customizable(false)
            .no_cascade(),
            o2m(
                "catalogassignment_customapi",
                "catalogassignment",
                "object",
                "CatalogAssignments",
            )
            .customizable(false)
            .no_cascade(),
            o2m(
                "customapi_customapirequestparameter",
                "customapirequestparameter",
                "customapiid",
                "CustomAPIRequestParameters",
            )
            .customizable(false)
            .no_cascade(),
            o2m(
                "customapi_ProcessSession",
                "processsession",
                "regardingobjectid",
                "customapi_ProcessSession",
            )
            .customizable(true)
            .no_cascade(),
            o2m(
                "msdyn_knowledgeassetconfiguration_customapiid",
                "msdyn_knowledgeassetconfiguration",
                "msdyn_customapiid",
                "msdyn_knowledgeassetconfiguration_customapiid",
            )
            .customizable(true)
            .no_cascade(),
        ],
        many_to_one: Some(Names::All(CUSTOMAPI_MANY_TO_ONE)),
        many_to_one_facts: vec![
            m2o("business_unit_customapi", "businessunit")
                .newer("businessunitid", "owningbusinessunit", "owningbusinessunit")
                .cascade(new_cascade(
                    "Restrict",
                    "NoCascade",
                    "Restrict",
                    "NoCascade",
                    "NoCascade",
                    "NoCascade",
                    "NoCascade",
                    "NoCascade",
                )),
            m2o("fxexpression_customapi", "fxexpression")
                .newer("fxexpressionid", "fxexpressionid", "fxexpression")
                .cascade(removelink.clone()),
            m2o("lk_customapi_createdby", "systemuser")
                .newer("systemuserid", "createdby", "createdby")
                .cascade(nocascade.clone()),
            m2o("owner_customapi", "owner")
                .newer("ownerid", "ownerid", "ownerid")
                .cascade(nocascade.clone()),
            m2o("plugintype_customapi", "plugintype")
                .newer("plugintypeid", "plugintypeid", "PluginTypeId")
                .cascade(removelink.clone()),
            m2o("sdkmessage_customapi", "sdkmessage")
                .newer("sdkmessageid", "sdkmessageid", "SdkMessageId")
                .cascade(removelink),
            m2o("user_customapi", "systemuser")
                .newer("systemuserid", "owninguser", "owninguser")
                .cascade(nocascade),
        ],
        many_to_many: Some(NO_NAMES),
        ..TableFacts::default()
    }]
}

fn mspp_columnpermissionprofile() -> Vec<TableFacts> {
    let nocascade = new_cascade_all("NoCascade");
    vec![TableFacts {
        table: "mspp_columnpermissionprofile",
        forms: ALL_FORMS,
        logical_name: is("mspp_columnpermissionprofile"),
        schema_name: is("mspp_columnpermissionprofile"),
        display_name: is("Column Permission Profile"),
        display_collection_name: is("Column Permission Profiles"),
        description: Expect::Absent,
        entity_set_name: is("mspp_columnpermissionprofiles"),
        logical_collection_name: is("mspp_columnpermissionprofiles"),
        collection_schema_name: is("mspp_columnpermissionprofiles"),
        primary_id_attribute: is("mspp_columnpermissionprofileid"),
        primary_name_attribute: is("mspp_profilename"),
        ownership_type: is("OrganizationOwned"),
        is_bpf_entity: Expect::Absent,
        table_type: is("Virtual"),
        messages: Some(Names::All(&[
            "Associate",
            "Create",
            "CreateMultiple",
            "Delete",
            "Disassociate",
            "Retrieve",
            "RetrieveEntityChanges",
            "RetrieveMultiple",
            "Update",
            "UpdateMultiple",
            "Upsert",
            "UpsertMultiple",
            // The Events table.
            "BulkRetain",
            "PurgeRetainedContent",
            "Retain",
            "RollbackRetain",
            "ValidateRetentionConfig",
        ])),
        message_events: &[
            ("Associate", Some(true)),
            ("Upsert", Some(false)),
            ("UpsertMultiple", Some(false)),
        ],
        columns: Some(Names::All(MSPP_COLUMNPERMISSIONPROFILE_COLUMNS)),
        validity: Some(Validity {
            writable: 11,
            exceptions: &[],
        }),
        type_counts: &[
            (T::DateTime, 2),
            (T::Lookup, 3),
            (T::MultiSelectPicklist, 1),
            (T::State, 1),
            (T::Status, 1),
            (T::String, 2),
            (T::Uniqueidentifier, 1),
        ],
        option_count: Some(7),
        column_facts: vec![
            col(
                "mspp_allcolumnpermissions",
                "mspp_allcolumnpermissions",
                T::MultiSelectPicklist,
            )
            .writable()
            .display("All Column Permissions")
            .no_description()
            .options(choices(&[
                (746610000, "Create"),
                (746610001, "Read"),
                (746610002, "Update"),
            ]))
            .no_default(),
            col(
                "mspp_columnpermissionprofileid",
                "mspp_columnpermissionprofileId",
                T::Uniqueidentifier,
            )
            .writable()
            .required(R::SystemRequired),
            col("mspp_createdby", "mspp_createdby", T::Lookup)
                .writable()
                .description("Shows who created the record.")
                .targets(&["systemuser"]),
            col("mspp_createdon", "mspp_createdon", T::DateTime).writable(),
            col("mspp_profilename", "mspp_profilename", T::String)
                .writable()
                .required(R::ApplicationRequired)
                .max_length(400),
            col("mspp_tablename", "mspp_tablename", T::String)
                .writable()
                .max_length(100),
            col("mspp_websiteid", "mspp_websiteid", T::Lookup)
                .writable()
                .required(R::ApplicationRequired)
                .targets(&["mspp_website"]),
            col("statecode", "statecode", T::State)
                .writable()
                .options(vec![
                    state_opt(0, "Active", 1, "Active"),
                    state_opt(1, "Inactive", 2, "Inactive"),
                ])
                .no_default(),
            // `State:0` without a space.
            col("statuscode", "statuscode", T::Status)
                .writable()
                .options(vec![
                    status_opt(1, "Active", 0),
                    status_opt(2, "Inactive", 1),
                ])
                .no_default(),
        ],
        // A section with a single entry has no bullet list.
        one_to_many: Some(Names::All(&[
            "mspp_columnpermission_columnpermissionprofile",
        ])),
        one_to_many_facts: vec![o2m(
            "mspp_columnpermission_columnpermissionprofile",
            "mspp_columnpermission",
            "mspp_columnpermissionprofileid",
            "mspp_columnpermission_columnpermissionprofile",
        )
        .customizable(false)
        .no_cascade()],
        many_to_one: Some(Names::All(&[
            "mspp_columnpermissionprofile_website",
            "mspp_systemuser_mspp_columnpermissionprofile_createdby",
            "mspp_systemuser_mspp_columnpermissionprofile_modifiedby",
        ])),
        many_to_one_facts: vec![
            m2o("mspp_columnpermissionprofile_website", "mspp_website")
                .newer("mspp_websiteid", "mspp_websiteid", "mspp_websiteid")
                .cascade(nocascade.clone()),
            m2o(
                "mspp_systemuser_mspp_columnpermissionprofile_createdby",
                "systemuser",
            )
            .newer("systemuserid", "mspp_createdby", "mspp_createdby")
            .cascade(nocascade.clone()),
            m2o(
                "mspp_systemuser_mspp_columnpermissionprofile_modifiedby",
                "systemuser",
            )
            .newer("systemuserid", "mspp_modifiedby", "mspp_modifiedby")
            .cascade(nocascade),
        ],
        many_to_many: Some(Names::All(&["mspp_columnpermissionprofile_webrole"])),
        many_to_many_facts: vec![ManyToManyFact {
            schema_name: "mspp_columnpermissionprofile_webrole",
            intersect_entity_name: is("mspp_columnpermissionprofile_webrole"),
            is_customizable: is(false),
            entity1_logical_name: is("mspp_columnpermissionprofile"),
            entity1_intersect_attribute: is("mspp_columnpermissionprofileid"),
            entity1_navigation_property_name: is("mspp_columnpermissionprofile_webrole"),
            // From "See mspp_webrole mspp_columnpermissionprofile_webrole
            // Many-To-Many Relationship".
            entity2_logical_name: is("mspp_webrole"),
            ..ManyToManyFact::default()
        }],
        ..TableFacts::default()
    }]
}

fn processsession() -> Vec<TableFacts> {
    // What both revisions state alike.
    let common = TableFacts {
        table: "processsession",
        forms: ALL_FORMS,
        logical_name: is("processsession"),
        schema_name: is("ProcessSession"),
        display_name: is("Process Session"),
        display_collection_name: is("Process Sessions"),
        description: is(
            "Information that is generated when a dialog is run. Every time that you run a dialog, \
             a dialog session is created.",
        ),
        entity_set_name: is("processsessions"),
        logical_collection_name: is("processsessions"),
        collection_schema_name: is("ProcessSession"),
        primary_id_attribute: is("processsessionid"),
        primary_name_attribute: is("name"),
        ownership_type: is("UserOwned"),
        is_bpf_entity: is(false),
        table_type: Expect::Absent,
        messages: Some(Names::All(PROCESSSESSION_MESSAGES)),
        // The older layout has no "Is Event?" column.
        message_events: &[("Assign", None), ("Update", None)],
        validity: Some(Validity {
            writable: 25,
            exceptions: &[
                ("canceledon", false, true),
                ("completedon", false, true),
                ("inputarguments", true, false),
                ("originatingsessionid", true, false),
                ("previouslinkedsessionid", true, false),
                ("processid", true, false),
                ("processsessionid", true, false),
                ("regardingobjectid", true, false),
                ("regardingobjectidname", true, false),
                ("regardingobjectidyominame", true, false),
                ("regardingobjecttypecode", true, false),
                ("startedon", true, false),
                ("statecode", false, true),
            ],
        }),
        option_count: Some(8),
        column_facts: vec![
            col("activityname", "ActivityName", T::String)
                .writable()
                .display("Activity Name")
                .max_length(256),
            // The project's own examples: update-only, create-only, neither.
            col("canceledon", "CanceledOn", T::DateTime).update_only(),
            col("comments", "Comments", T::Memo)
                .writable()
                .max_length(2000),
            col("completedon", "CompletedOn", T::DateTime).update_only(),
            col("errorcode", "ErrorCode", T::Integer)
                .writable()
                .bounds("-2147483648", "2147483647"),
            col("executedby", "ExecutedBy", T::Lookup)
                .writable()
                .required(R::None)
                .description("Unique identifier of the user who ran the dialog process.")
                .targets(&["systemuser"]),
            col("inputarguments", "InputArguments", T::Memo)
                .create_only()
                .max_length(1073741823),
            col("name", "Name", T::String).writable().max_length(256),
            col("nextlinkedsessionid", "NextLinkedSessionId", T::Lookup)
                .writable()
                .targets(&["processsession"]),
            col("originatingsessionid", "OriginatingSessionId", T::Lookup)
                .create_only()
                .targets(&["processsession"]),
            col("ownerid", "OwnerId", T::Owner)
                .writable()
                .targets(&["systemuser", "team"]),
            col("processid", "ProcessId", T::Lookup)
                .create_only()
                .targets(&["workflow"]),
            col("processsessionid", "ProcessSessionId", T::Uniqueidentifier)
                .create_only()
                .required(R::SystemRequired)
                .display("Dialog Session"),
            col("processstate", "ProcessState", T::String)
                .writable()
                .max_length(1073741823),
            col("regardingobjecttypecode", "RegardingObjectTypeCode", T::EntityName).create_only(),
            col("startedon", "StartedOn", T::DateTime).create_only(),
            col("statecode", "StateCode", T::State)
                .update_only()
                .required(R::SystemRequired)
                .options(vec![
                    state_opt(0, "Incomplete", 1, "Incomplete"),
                    state_opt(1, "Complete", 2, "Complete"),
                ])
                .no_default(),
            col("statuscode", "StatusCode", T::Status)
                .writable()
                .options(vec![
                    status_opt(1, "Not Started", 0),
                    status_opt(2, "In Progress", 0),
                    status_opt(3, "Paused", 0),
                    status_opt(4, "Completed", 1),
                    status_opt(5, "Canceled", 1),
                    status_opt(6, "Failed", 1),
                ])
                .no_default(),
            col("stepname", "StepName", T::String).writable().max_length(256),
            col("canceledby", "CanceledBy", T::Lookup)
                .read_only()
                .targets(&["systemuser"]),
            col("createdon", "CreatedOn", T::DateTime).read_only(),
            col("owningbusinessunit", "OwningBusinessUnit", T::Lookup)
                .read_only()
                .targets(&["businessunit"]),
            col("protectionkey", "ProtectionKey", T::String)
                .read_only()
                .max_length(256),
            col("startedbyyominame", "StartedByYomiName", T::String)
                .read_only()
                .max_length(100),
        ],
        one_to_many: Some(Names::All(PROCESSSESSION_ONE_TO_MANY)),
        one_to_many_facts: vec![
            o2m(
                "lk_workflowlog_processsession",
                "workflowlog",
                "asyncoperationid",
                "lk_workflowlog_processsession",
            )
            .hierarchical(false)
            .customizable(false)
            .cascade(old_cascade_all("Cascade")),
            o2m(
                "lk_workflowlog_processsession_childworkflow",
                "workflowlog",
                "childworkflowinstanceid",
                "lk_workflowlog_processsession_childworkflow",
            )
            .cascade(old_cascade_all("NoCascade")),
            o2m(
                "lk_processsession_previouslinkedsessionid",
                "processsession",
                "previouslinkedsessionid",
                "lk_processsession_previouslinkedsessionid",
            )
            .customizable(false)
            .cascade(old_cascade(
                "NoCascade",
                "RemoveLink",
                "NoCascade",
                "NoCascade",
                "NoCascade",
                "NoCascade",
            )),
            o2m(
                "processsession_connections2",
                "connection",
                "record2id",
                "processsession_connections2",
            )
            .hierarchical(false)
            .customizable(true)
            .cascade(old_cascade(
                "NoCascade",
                "Cascade",
                "NoCascade",
                "NoCascade",
                "NoCascade",
                "NoCascade",
            )),
            o2m(
                "processsession_PostFollows",
                "postfollow",
                "regardingobjectid",
                "processsession_PostFollows",
            )
            .customizable(false),
        ],
        many_to_one_facts: m2o_list(&[
            ("theme_ProcessSession", "theme"),
            ("usermapping_ProcessSession", "usermapping"),
            ("lk_processsession_previouslinkedsessionid", "processsession"),
            ("Team_ProcessSessions", "team"),
            ("slabase_ProcessSessions", "sla"),
            ("Owning_businessunit_processsessions", "businessunit"),
            ("lk_processsession_executedby", "systemuser"),
            ("lk_processsession_processid", "workflow"),
            ("customapi_ProcessSession", "customapi"),
        ]),
        many_to_many: Some(NO_NAMES),
        ..TableFacts::default()
    };

    // The Markdown source and the saved HTML: revision v9.2.
    let v92 = TableFacts {
        table: "processsession",
        forms: PROCESSSESSION_V92,
        columns: Some(Names::All(PROCESSSESSION_V92_COLUMNS)),
        type_counts: &[
            (T::DateTime, 6),
            (T::EntityName, 2),
            (T::Integer, 1),
            (T::Lookup, 16),
            (T::Memo, 2),
            (T::Owner, 1),
            (T::State, 1),
            (T::Status, 1),
            (T::String, 31),
            (T::Uniqueidentifier, 1),
        ],
        column_facts: vec![
            col("regardingobjectid", "RegardingObjectId", T::Lookup)
                .create_only()
                .targets_summary(Targets::Summary {
                    count: 207,
                    first: &[
                        "account",
                        "activityfileattachment",
                        "annotation",
                        "appaction",
                    ],
                    last: &["userrating", "virtualentitymetadata", "workflowbinary"],
                    includes: &[
                        "appactionmigration",
                        "chat",
                        "powerfxrule",
                        "customapi",
                        "team",
                    ],
                    excludes: &[],
                }),
            col("regardingobjectidname", "RegardingObjectIdName", T::String)
                .create_only()
                .no_description()
                .max_length(850),
            col(
                "regardingobjectidyominame",
                "RegardingObjectIdYomiName",
                T::String,
            )
            .create_only()
            .max_length(850),
            col(
                "owningbusinessunitname",
                "OwningBusinessUnitName",
                T::String,
            )
            .read_only()
            .max_length(160),
        ],
        many_to_one: Some(Names::Ends {
            count: 191,
            first: &[
                "theme_ProcessSession",
                "usermapping_ProcessSession",
                "knowledgearticle_ProcessSession",
                "position_ProcessSession",
            ],
            last: &[
                "powerbidataset_ProcessSession",
                "powerbimashupparameter_ProcessSession",
                "powerbireport_ProcessSession",
                "msdyn_pmprocesstemplate_ProcessSession",
            ],
        }),
        many_to_one_facts: m2o_list(&[
            ("sharedobject_ProcessSession", "sharedobject"),
            (
                "msdyn_pmprocesstemplate_ProcessSession",
                "msdyn_pmprocesstemplate",
            ),
        ]),
        ..TableFacts::default()
    };

    // The copied text: revision v9.0.
    let v90 = TableFacts {
        table: "processsession",
        forms: PROCESSSESSION_V90,
        columns: Some(Names::All(PROCESSSESSION_V90_COLUMNS)),
        absent_columns: &["owningbusinessunitname"],
        // One String column fewer (no OwningBusinessUnitName).
        type_counts: &[
            (T::DateTime, 6),
            (T::EntityName, 2),
            (T::Integer, 1),
            (T::Lookup, 16),
            (T::Memo, 2),
            (T::Owner, 1),
            (T::State, 1),
            (T::Status, 1),
            (T::String, 30),
            (T::Uniqueidentifier, 1),
        ],
        column_facts: vec![
            col("regardingobjectid", "RegardingObjectId", T::Lookup)
                .create_only()
                .targets_summary(Targets::Summary {
                    count: 154,
                    first: &[
                        "account",
                        "activityfileattachment",
                        "annotation",
                        "appaction",
                    ],
                    last: &[
                        "usermobileofflineprofilemembership",
                        "virtualentitymetadata",
                        "workflowbinary",
                    ],
                    includes: &["customapi", "team", "msdyn_solutionhealthruleset"],
                    excludes: &["appactionmigration", "chat", "powerfxrule", "userrating"],
                }),
            col("regardingobjectidname", "RegardingObjectIdName", T::String)
                .create_only()
                .max_length(800),
            col(
                "regardingobjectidyominame",
                "RegardingObjectIdYomiName",
                T::String,
            )
            .create_only()
            .max_length(800),
        ],
        many_to_one: Some(Names::Ends {
            count: 141,
            first: &[
                "theme_ProcessSession",
                "usermapping_ProcessSession",
                "knowledgearticle_ProcessSession",
                "position_ProcessSession",
            ],
            last: &[
                "msdyn_solutionhealthrule_ProcessSession",
                "msdyn_solutionhealthruleargument_ProcessSession",
                "msdyn_solutionhealthruleset_ProcessSession",
            ],
        }),
        ..TableFacts::default()
    };

    vec![common, v92, v90]
}

fn team() -> Vec<TableFacts> {
    let nocascade = old_cascade_all("NoCascade");
    vec![TableFacts {
        table: "team",
        forms: ALL_FORMS,
        logical_name: is("team"),
        schema_name: is("Team"),
        display_name: is("Team"),
        display_collection_name: is("Teams"),
        description: is(
            "Collection of system users that routinely collaborate. Teams can be used to simplify \
             record sharing and provide team members with common access to organization data when \
             team members belong to different Business Units.",
        ),
        entity_set_name: is("teams"),
        logical_collection_name: is("teams"),
        collection_schema_name: is("Teams"),
        primary_id_attribute: is("teamid"),
        primary_name_attribute: is("name"),
        ownership_type: is("BusinessOwned"),
        is_bpf_entity: is(false),
        table_type: Expect::Absent,
        messages: Some(Names::All(TEAM_MESSAGES)),
        columns: Some(Names::All(TEAM_COLUMNS)),
        validity: Some(Validity {
            writable: 20,
            exceptions: &[
                ("azureactivedirectoryobjectid", true, false),
                ("importsequencenumber", true, false),
                ("membershiptype", true, false),
                ("overriddencreatedon", true, false),
                ("regardingobjectid", true, false),
                ("regardingobjecttypecode", true, false),
                ("teamid", true, false),
                ("teamtemplateid", true, false),
                ("teamtype", true, false),
            ],
        }),
        type_counts: &[
            (T::BigInt, 1),
            (T::Boolean, 3),
            (T::DateTime, 3),
            (T::Decimal, 1),
            (T::EntityName, 1),
            (T::Integer, 1),
            (T::Lookup, 10),
            (T::Memo, 1),
            (T::Picklist, 2),
            (T::String, 20),
            (T::Uniqueidentifier, 5),
        ],
        option_count: Some(14),
        column_facts: vec![
            col("administratorid", "AdministratorId", T::Lookup)
                .writable()
                .targets(&["systemuser"]),
            col(
                "azureactivedirectoryobjectid",
                "AzureActiveDirectoryObjectId",
                T::Uniqueidentifier,
            )
            .create_only(),
            col("businessunitid", "BusinessUnitId", T::Lookup)
                .writable()
                .targets(&["businessunit"]),
            col("description", "Description", T::Memo)
                .writable()
                .max_length(2000),
            // "Added by" line above the property table; empty Description.
            col("membershiptype", "MembershipType", T::Picklist)
                .create_only()
                .required(R::SystemRequired)
                .no_description()
                .options(choices(&[
                    (0, "Members and guests"),
                    (1, "Members"),
                    (2, "Owners"),
                    (3, "Guests"),
                ]))
                .no_default(),
            col("name", "Name", T::String).writable().max_length(160),
            col("regardingobjectid", "RegardingObjectId", T::Lookup)
                .create_only()
                .targets(&["knowledgearticle"]),
            col("teamid", "TeamId", T::Uniqueidentifier).create_only(),
            col("teamtemplateid", "TeamTemplateId", T::Lookup)
                .create_only()
                .targets(&["teamtemplate"]),
            col("teamtype", "TeamType", T::Picklist)
                .create_only()
                .options(choices(&[
                    (0, "Owner"),
                    (1, "Access"),
                    (2, "AAD Security Group"),
                    (3, "AAD Office Group"),
                ]))
                .no_default(),
            col("traversedpath", "TraversedPath", T::String)
                .writable()
                .max_length(1250),
            col("exchangerate", "ExchangeRate", T::Decimal)
                .read_only()
                .bounds("0.000000000001", "100000000000"),
            col("isdefault", "IsDefault", T::Boolean)
                .read_only()
                .options(boolean("Yes", "No"))
                .default_value(DefaultValue::Bool(false)),
            col("issastokenset", "IsSasTokenSet", T::Boolean)
                .read_only()
                .default_value(DefaultValue::Bool(false)),
            col("queueidname", "QueueIdName", T::String)
                .read_only()
                .max_length(400),
            col("versionnumber", "VersionNumber", T::BigInt)
                .read_only()
                .bounds("-9223372036854775808", "9223372036854775807"),
        ],
        one_to_many: Some(Names::Ends {
            count: 141,
            first: &[
                "team_principalobjectattributeaccess_principalid",
                "team_exchangesyncidmapping",
                "team_interactionforemail",
            ],
            last: &[
                "team_powerbidataset",
                "team_powerbimashupparameter",
                "team_powerbireport",
            ],
        }),
        one_to_many_facts: vec![
            o2m(
                "team_principalobjectattributeaccess_principalid",
                "principalobjectattributeaccess",
                "principalid",
                "team_principalobjectattributeaccess_principalid",
            )
            .hierarchical(false)
            .customizable(false)
            .cascade(old_cascade(
                "NoCascade",
                "Cascade",
                "NoCascade",
                "NoCascade",
                "NoCascade",
                "NoCascade",
            )),
            o2m("team_accounts", "account", "owningteam", "team_accounts")
                .customizable(true)
                .cascade(nocascade.clone()),
            o2m(
                "team_solutioncomponentbatchconfiguration",
                "solutioncomponentbatchconfiguration",
                "owningteam",
                "team_solutioncomponentbatchconfiguration",
            )
            .customizable(true)
            .cascade(nocascade.clone()),
            o2m(
                "team_powerbireport",
                "powerbireport",
                "owningteam",
                "team_powerbireport",
            )
            .customizable(false)
            .cascade(nocascade),
        ],
        many_to_one: Some(Names::All(TEAM_MANY_TO_ONE)),
        many_to_one_facts: m2o_list(&[
            ("knowledgearticle_Teams", "knowledgearticle"),
            ("teamtemplate_Teams", "teamtemplate"),
            ("lk_teambase_administratorid", "systemuser"),
            ("processstage_teams", "processstage"),
            ("lk_teambase_modifiedby", "systemuser"),
            ("lk_teambase_createdby", "systemuser"),
            ("queue_team", "queue"),
            ("TransactionCurrency_Team", "transactioncurrency"),
            ("business_unit_teams", "businessunit"),
            ("organization_teams", "organization"),
            ("lk_team_modifiedonbehalfby", "systemuser"),
            ("lk_team_createdonbehalfby", "systemuser"),
        ]),
        many_to_many: Some(Names::All(&[
            "teamroles_association",
            "teammembership_association",
            "teamprofiles_association",
        ])),
        // Older layout: "Table 1" is entity 1, "Table 2" entity 2.
        many_to_many_facts: vec![
            ManyToManyFact {
                schema_name: "teamroles_association",
                intersect_entity_name: is("teamroles"),
                is_customizable: is(false),
                entity1_logical_name: is("team"),
                entity1_intersect_attribute: is("teamid"),
                entity1_navigation_property_name: is("teamroles_association"),
                entity2_logical_name: is("role"),
                entity2_intersect_attribute: is("roleid"),
                entity2_navigation_property_name: is("teamroles_association"),
            },
            ManyToManyFact {
                schema_name: "teammembership_association",
                intersect_entity_name: is("teammembership"),
                is_customizable: is(false),
                entity1_logical_name: is("team"),
                entity1_intersect_attribute: is("teamid"),
                entity1_navigation_property_name: is("teammembership_association"),
                entity2_logical_name: is("systemuser"),
                entity2_intersect_attribute: is("systemuserid"),
                entity2_navigation_property_name: is("teammembership_association"),
            },
            ManyToManyFact {
                schema_name: "teamprofiles_association",
                intersect_entity_name: is("teamprofiles"),
                is_customizable: is(false),
                entity1_logical_name: is("team"),
                entity1_intersect_attribute: is("teamid"),
                entity1_navigation_property_name: is("teamprofiles_association"),
                entity2_logical_name: is("fieldsecurityprofile"),
                entity2_intersect_attribute: is("fieldsecurityprofileid"),
                entity2_navigation_property_name: is("teamprofiles_association"),
            },
        ],
        ..TableFacts::default()
    }]
}

fn account() -> Vec<TableFacts> {
    vec![TableFacts {
        table: "account",
        forms: ALL_FORMS,
        logical_name: is("account"),
        schema_name: is("Account"),
        display_name: is("Account"),
        display_collection_name: is("Accounts"),
        description: is(
            "Business that represents a customer or potential customer. The company that is \
             billed in business transactions.",
        ),
        entity_set_name: is("accounts"),
        logical_collection_name: is("accounts"),
        collection_schema_name: is("Accounts"),
        primary_id_attribute: is("accountid"),
        primary_name_attribute: is("name"),
        ownership_type: is("UserOwned"),
        is_bpf_entity: is(false),
        table_type: Expect::Absent,
        messages: Some(Names::All(ACCOUNT_MESSAGES)),
        columns: Some(Names::Ends {
            count: 172,
            first: &[
                "accountcategorycode",
                "accountclassificationcode",
                "accountid",
                "accountnumber",
                "accountratingcode",
                "address1_addressid",
            ],
            last: &[
                "slainvokedidname",
                "slaname",
                "timespentbymeonemailandmeetings",
                "transactioncurrencyidname",
                "versionnumber",
            ],
        }),
        // 114 writable columns, then the read-only ones.
        columns_at: &[
            (51, "businesstypecode"),
            (80, "ownerid"),
            (113, "yominame"),
            (114, "address1_composite"),
            (136, "exchangerate"),
        ],
        validity: Some(Validity {
            writable: 114,
            exceptions: &[
                ("accountid", true, false),
                ("importsequencenumber", true, false),
                ("lastusedincampaign", false, true),
                ("overriddencreatedon", true, false),
                ("statecode", false, true),
            ],
        }),
        type_counts: &[
            (T::BigInt, 2),
            (T::Boolean, 13),
            (T::DateTime, 5),
            (T::Decimal, 1),
            (T::Double, 4),
            (T::EntityName, 1),
            (T::Image, 1),
            (T::Integer, 8),
            (T::Lookup, 16),
            (T::Memo, 3),
            (T::Money, 12),
            (T::Owner, 1),
            (T::Picklist, 20),
            (T::State, 1),
            (T::Status, 1),
            (T::String, 77),
            (T::Uniqueidentifier, 6),
        ],
        option_count: Some(122),
        column_facts: vec![
            col("accountcategorycode", "AccountCategoryCode", T::Picklist)
                .writable()
                .display("Category")
                .options(choices(&[(1, "Preferred Customer"), (2, "Standard")]))
                .no_default(),
            col(
                "accountclassificationcode",
                "AccountClassificationCode",
                T::Picklist,
            )
            .writable()
            .options(choices(&[(1, "Default Value")])),
            col("accountid", "AccountId", T::Uniqueidentifier).create_only(),
            col("accountnumber", "AccountNumber", T::String)
                .writable()
                .max_length(20),
            col("address1_latitude", "Address1_Latitude", T::Double)
                .writable()
                .bounds("-90", "90"),
            col("address1_utcoffset", "Address1_UTCOffset", T::Integer)
                .writable()
                .bounds("-1500", "1500"),
            col("creditlimit", "CreditLimit", T::Money)
                .writable()
                .bounds("0", "100000000000000"),
            col("creditonhold", "CreditOnHold", T::Boolean)
                .writable()
                .display("Credit Hold")
                .options(boolean("Yes", "No"))
                .default_value(DefaultValue::Bool(false)),
            col("description", "Description", T::Memo)
                .writable()
                .max_length(2000),
            col("entityimage", "EntityImage", T::Image).writable(),
            col("followemail", "FollowEmail", T::Boolean)
                .writable()
                .options(boolean("Allow", "Do Not Allow"))
                .default_value(DefaultValue::Bool(true)),
            col("importsequencenumber", "ImportSequenceNumber", T::Integer)
                .create_only()
                .bounds("-2147483648", "2147483647"),
            col("lastusedincampaign", "LastUsedInCampaign", T::DateTime).update_only(),
            col("name", "Name", T::String)
                .writable()
                .required(R::ApplicationRequired)
                .max_length(160),
            col("overriddencreatedon", "OverriddenCreatedOn", T::DateTime).create_only(),
            col("ownerid", "OwnerId", T::Owner)
                .writable()
                .targets(&["systemuser", "team"]),
            col("parentaccountid", "ParentAccountId", T::Lookup)
                .writable()
                .targets(&["account"]),
            col("statecode", "StateCode", T::State)
                .update_only()
                .required(R::SystemRequired)
                .options(vec![
                    state_opt(0, "Active", 1, "Active"),
                    state_opt(1, "Inactive", 2, "Inactive"),
                ]),
            col("statuscode", "StatusCode", T::Status)
                .writable()
                .options(vec![
                    status_opt(1, "Active", 0),
                    status_opt(2, "Inactive", 1),
                ]),
            col("address1_composite", "Address1_Composite", T::Memo)
                .read_only()
                .max_length(1000),
            col("aging30_base", "Aging30_Base", T::Money)
                .read_only()
                .bounds("-922337203685477", "922337203685477"),
            col("entityimage_timestamp", "EntityImage_Timestamp", T::BigInt)
                .read_only()
                .bounds("-9223372036854775808", "9223372036854775807"),
            col("exchangerate", "ExchangeRate", T::Decimal)
                .read_only()
                .bounds("0.0000000001", "100000000000"),
            col("isprivate", "IsPrivate", T::Boolean)
                .read_only()
                .default_value(DefaultValue::Bool(false)),
            col("masterid", "MasterId", T::Lookup)
                .read_only()
                .targets(&["account"]),
            col("versionnumber", "VersionNumber", T::BigInt)
                .read_only()
                .bounds("-9223372036854775808", "9223372036854775807"),
        ],
        one_to_many: Some(Names::All(ACCOUNT_ONE_TO_MANY)),
        one_to_many_facts: vec![
            o2m("Account_Faxes", "fax", "regardingobjectid", "Account_Faxes")
                .hierarchical(false)
                .customizable(true)
                .cascade(old_cascade_all("Cascade")),
            o2m(
                "slakpiinstance_account",
                "slakpiinstance",
                "regarding",
                "slakpiinstance_account",
            ),
            o2m(
                "account_activity_parties",
                "activityparty",
                "partyid",
                "account_activity_parties",
            )
            .customizable(false)
            .cascade(old_cascade_all("NoCascade")),
            o2m(
                "Account_CustomerAddress",
                "customeraddress",
                "parentid",
                "Account_CustomerAddress",
            )
            .cascade(old_cascade(
                "NoCascade",
                "Cascade",
                "Cascade",
                "NoCascade",
                "NoCascade",
                "NoCascade",
            )),
            o2m(
                "account_parent_account",
                "account",
                "parentaccountid",
                "account_parent_account",
            )
            .hierarchical(true)
            .customizable(true)
            .cascade(old_cascade(
                "Cascade",
                "RemoveLink",
                "Cascade",
                "Cascade",
                "Cascade",
                "Cascade",
            )),
            o2m(
                "account_master_account",
                "account",
                "masterid",
                "account_master_account",
            )
            .hierarchical(false)
            .cascade(old_cascade(
                "NoCascade",
                "RemoveLink",
                "NoCascade",
                "NoCascade",
                "NoCascade",
                "NoCascade",
            )),
            o2m(
                "account_connections2",
                "connection",
                "record2id",
                "account_connections2",
            ),
        ],
        many_to_one: Some(Names::All(ACCOUNT_MANY_TO_ONE)),
        many_to_one_facts: m2o_list(&[
            ("account_primary_contact", "contact"),
            ("account_master_account", "account"),
            ("system_user_accounts", "systemuser"),
            ("lk_accountbase_modifiedby", "systemuser"),
            ("account_parent_account", "account"),
            ("business_unit_accounts", "businessunit"),
            ("transactioncurrency_account", "transactioncurrency"),
            ("user_accounts", "systemuser"),
            ("lk_accountbase_createdonbehalfby", "systemuser"),
            ("processstage_account", "processstage"),
            ("manualsla_account", "sla"),
            ("lk_accountbase_createdby", "systemuser"),
            ("sla_account", "sla"),
            ("lk_accountbase_modifiedonbehalfby", "systemuser"),
            ("team_accounts", "team"),
        ]),
        many_to_many: Some(NO_NAMES),
        ..TableFacts::default()
    }]
}

fn all_facts() -> Vec<TableFacts> {
    [
        account(),
        activityparty(),
        agentprompt(),
        customapi(),
        mspp_columnpermissionprofile(),
        processsession(),
        team(),
    ]
    .into_iter()
    .flatten()
    .collect()
}

// ---------------------------------------------------------------------------
// Checking
// ---------------------------------------------------------------------------

/// Collects failed facts, so that one run reports all of them.
#[derive(Default)]
struct Report {
    failures: Vec<String>,
}

impl Report {
    fn fail(&mut self, page: &str, what: impl Display, detail: impl Display) {
        self.failures.push(format!("{page}: {what}: {detail}"));
    }

    fn eq<V: PartialEq + Debug>(&mut self, page: &str, what: impl Display, expected: V, actual: V) {
        if expected != actual {
            self.fail(page, what, format!("expected {expected:?}, got {actual:?}"));
        }
    }

    fn expect<V: PartialEq + Debug + Clone>(
        &mut self,
        page: &str,
        what: impl Display,
        expected: &Expect<V>,
        actual: Option<V>,
    ) {
        match expected {
            Expect::Unchecked => {}
            Expect::Absent => self.eq(page, what, None, actual),
            Expect::Is(value) => self.eq(page, what, Some(value.clone()), actual),
        }
    }

    fn names(&mut self, page: &str, what: &str, expected: &Names, actual: &[&str]) {
        match expected {
            Names::All(list) => {
                if list != &actual {
                    let first_difference = list
                        .iter()
                        .zip(actual)
                        .position(|(e, a)| e != a)
                        .unwrap_or(list.len().min(actual.len()));
                    let missing: Vec<_> = list.iter().filter(|n| !actual.contains(n)).collect();
                    let extra: Vec<_> = actual.iter().filter(|n| !list.contains(n)).collect();
                    self.fail(
                        page,
                        what,
                        format!(
                            "expected {} names, got {}; first difference at index {first_difference}: \
                             expected {:?}, got {:?}; missing {missing:?}; unexpected {extra:?}",
                            list.len(),
                            actual.len(),
                            list.get(first_difference),
                            actual.get(first_difference),
                        ),
                    );
                }
            }
            Names::Ends { count, first, last } => {
                self.eq(page, format!("{what} count"), *count, actual.len());
                let head = &actual[..first.len().min(actual.len())];
                self.eq(page, format!("{what} first names"), *first, head);
                let tail = &actual[actual.len().saturating_sub(last.len())..];
                self.eq(page, format!("{what} last names"), *last, tail);
            }
        }
    }

    fn finish(self, what: &str) {
        if !self.failures.is_empty() {
            panic!(
                "{what}: {} failed fact(s):\n  {}",
                self.failures.len(),
                self.failures.join("\n  ")
            );
        }
    }
}

fn import(pages: &Path, form: PageForm, table: &str) -> Result<Table, String> {
    let path = form.path(pages, table);
    dataverse_import::import_file(&path).map_err(|e| format!("import failed: {e}"))
}

fn check_table(report: &mut Report, page: &str, facts: &TableFacts, table: &Table) {
    let r = report;
    r.eq(page, "format_version", 1, table.format_version);
    if let Expect::Is(name) = &facts.logical_name {
        r.eq(page, "logical_name", *name, table.logical_name.as_str());
    }
    r.expect(
        page,
        "schema_name",
        &facts.schema_name,
        table.schema_name.as_deref(),
    );
    r.expect(
        page,
        "display_name",
        &facts.display_name,
        table.display_name.as_deref(),
    );
    r.expect(
        page,
        "display_collection_name",
        &facts.display_collection_name,
        table.display_collection_name.as_deref(),
    );
    r.expect(
        page,
        "description",
        &facts.description,
        table.description.as_deref(),
    );
    r.expect(
        page,
        "entity_set_name",
        &facts.entity_set_name,
        table.entity_set_name.as_deref(),
    );
    r.expect(
        page,
        "logical_collection_name",
        &facts.logical_collection_name,
        table.logical_collection_name.as_deref(),
    );
    r.expect(
        page,
        "collection_schema_name",
        &facts.collection_schema_name,
        table.collection_schema_name.as_deref(),
    );
    r.expect(
        page,
        "primary_id_attribute",
        &facts.primary_id_attribute,
        table.primary_id_attribute.as_deref(),
    );
    r.expect(
        page,
        "primary_name_attribute",
        &facts.primary_name_attribute,
        table.primary_name_attribute.as_deref(),
    );
    r.expect(
        page,
        "ownership_type",
        &facts.ownership_type,
        table.ownership_type.as_deref(),
    );
    r.expect(
        page,
        "is_bpf_entity",
        &facts.is_bpf_entity,
        table.is_bpf_entity,
    );
    r.expect(
        page,
        "table_type",
        &facts.table_type,
        table.table_type.as_deref(),
    );

    // Messages.
    let message_names: Vec<&str> = table.messages.iter().map(|m| m.name.as_str()).collect();
    if let Some(names) = &facts.messages {
        r.names(page, "message names", names, &message_names);
    }
    for &(name, is_event) in facts.message_events {
        match table.messages.iter().find(|m| m.name == name) {
            Some(message) => r.eq(
                page,
                format_args!("message {name}: is_event"),
                is_event,
                message.is_event,
            ),
            None => r.fail(page, format_args!("message {name}"), "missing"),
        }
    }

    // Columns.
    let column_names: Vec<&str> = table
        .columns
        .iter()
        .map(|c| c.logical_name.as_str())
        .collect();
    if let Some(names) = &facts.columns {
        r.names(page, "column logical names", names, &column_names);
    }
    for &(index, name) in facts.columns_at {
        r.eq(
            page,
            format_args!("column at index {index}"),
            Some(name),
            column_names.get(index).copied(),
        );
    }
    for &name in facts.absent_columns {
        if table.column(name).is_some() {
            r.fail(
                page,
                format_args!("column {name}"),
                "present, but this page revision has no such column",
            );
        }
    }
    for fact in &facts.column_facts {
        check_column(r, page, fact, table);
    }
    if let Some(validity) = &facts.validity {
        for (index, column) in table.columns.iter().enumerate() {
            let name = column.logical_name.as_str();
            let expected = match validity.exceptions.iter().find(|e| e.0 == name) {
                Some(&(_, create, update)) => (create, update),
                None if index < validity.writable => (true, true),
                None => (false, false),
            };
            r.eq(
                page,
                format_args!(
                    "column {name} ({} section): (valid_for_create, valid_for_update)",
                    if index < validity.writable {
                        "writable"
                    } else {
                        "read-only"
                    }
                ),
                expected,
                (column.valid_for_create, column.valid_for_update),
            );
        }
        for &(name, _, _) in validity.exceptions {
            if table.column(name).is_none() {
                r.fail(page, format_args!("column {name}"), "missing");
            }
        }
    }
    if !facts.type_counts.is_empty() {
        let mut actual: Vec<(ColumnType, usize)> = Vec::new();
        for column in &table.columns {
            match actual.iter_mut().find(|(t, _)| *t == column.column_type) {
                Some((_, n)) => *n += 1,
                None => actual.push((column.column_type.clone(), 1)),
            }
        }
        actual.sort();
        let mut expected = facts.type_counts.to_vec();
        expected.sort();
        r.eq(page, "number of columns of each type", expected, actual);
    }
    if let Some(count) = facts.option_count {
        let actual: usize = table.columns.iter().map(|c| c.options.len()).sum();
        r.eq(page, "number of options of all columns", count, actual);
    }
    // Every choice column of these pages lists its choices; a Boolean has
    // exactly 1 then 0; other columns have none.
    for column in &table.columns {
        let what = format!("column {}", column.logical_name);
        let values: Vec<i64> = column.options.iter().map(|o| o.value).collect();
        match column.column_type {
            ColumnType::Boolean => r.eq(
                page,
                format_args!("{what}: Boolean option values"),
                vec![1, 0],
                values,
            ),
            ColumnType::Picklist
            | ColumnType::State
            | ColumnType::Status
            | ColumnType::MultiSelectPicklist => {
                if values.is_empty() {
                    r.fail(page, what, "a choice column without options");
                }
            }
            _ => r.eq(
                page,
                format_args!("{what}: options of a non-choice column"),
                Vec::<i64>::new(),
                values,
            ),
        }
    }

    // One-to-many.
    let names: Vec<&str> = table
        .one_to_many
        .iter()
        .map(|x| x.schema_name.as_str())
        .collect();
    if let Some(expected) = &facts.one_to_many {
        r.names(page, "one_to_many schema names", expected, &names);
    }
    for fact in &facts.one_to_many_facts {
        let what = format!("one_to_many {}", fact.schema_name);
        let Some(rel) = table
            .one_to_many
            .iter()
            .find(|x| x.schema_name == fact.schema_name)
        else {
            r.fail(page, what, "missing");
            continue;
        };
        r.eq(
            page,
            format_args!("{what}: referencing_entity"),
            Some(fact.referencing_entity),
            rel.referencing_entity.as_deref(),
        );
        r.eq(
            page,
            format_args!("{what}: referencing_attribute"),
            Some(fact.referencing_attribute),
            rel.referencing_attribute.as_deref(),
        );
        r.eq(
            page,
            format_args!("{what}: referenced_entity_navigation_property_name"),
            Some(fact.navigation),
            rel.referenced_entity_navigation_property_name.as_deref(),
        );
        r.expect(
            page,
            format_args!("{what}: is_hierarchical"),
            &fact.is_hierarchical,
            rel.is_hierarchical,
        );
        r.expect(
            page,
            format_args!("{what}: is_customizable"),
            &fact.is_customizable,
            rel.is_customizable,
        );
        r.expect(
            page,
            format_args!("{what}: cascade"),
            &fact.cascade,
            rel.cascade.clone(),
        );
    }

    // Many-to-one.
    let names: Vec<&str> = table
        .many_to_one
        .iter()
        .map(|x| x.schema_name.as_str())
        .collect();
    if let Some(expected) = &facts.many_to_one {
        r.names(page, "many_to_one schema names", expected, &names);
    }
    for fact in &facts.many_to_one_facts {
        let what = format!("many_to_one {}", fact.schema_name);
        let Some(rel) = table
            .many_to_one
            .iter()
            .find(|x| x.schema_name == fact.schema_name)
        else {
            r.fail(page, what, "missing");
            continue;
        };
        r.eq(
            page,
            format_args!("{what}: referenced_entity"),
            Some(fact.referenced_entity),
            rel.referenced_entity.as_deref(),
        );
        r.expect(
            page,
            format_args!("{what}: referenced_attribute"),
            &fact.referenced_attribute,
            rel.referenced_attribute.as_deref(),
        );
        r.expect(
            page,
            format_args!("{what}: referencing_attribute"),
            &fact.referencing_attribute,
            rel.referencing_attribute.as_deref(),
        );
        r.expect(
            page,
            format_args!("{what}: referencing_entity_navigation_property_name"),
            &fact.navigation,
            rel.referencing_entity_navigation_property_name.as_deref(),
        );
        r.expect(
            page,
            format_args!("{what}: is_hierarchical"),
            &fact.is_hierarchical,
            rel.is_hierarchical,
        );
        r.expect(
            page,
            format_args!("{what}: cascade"),
            &fact.cascade,
            rel.cascade.clone(),
        );
    }

    // Many-to-many.
    let names: Vec<&str> = table
        .many_to_many
        .iter()
        .map(|x| x.schema_name.as_str())
        .collect();
    if let Some(expected) = &facts.many_to_many {
        r.names(page, "many_to_many schema names", expected, &names);
    }
    for fact in &facts.many_to_many_facts {
        let what = format!("many_to_many {}", fact.schema_name);
        let Some(rel) = table
            .many_to_many
            .iter()
            .find(|x| x.schema_name == fact.schema_name)
        else {
            r.fail(page, what, "missing");
            continue;
        };
        let fields: [(&str, &Expect<&'static str>, Option<&str>); 7] = [
            (
                "intersect_entity_name",
                &fact.intersect_entity_name,
                rel.intersect_entity_name.as_deref(),
            ),
            (
                "entity1_logical_name",
                &fact.entity1_logical_name,
                rel.entity1_logical_name.as_deref(),
            ),
            (
                "entity1_intersect_attribute",
                &fact.entity1_intersect_attribute,
                rel.entity1_intersect_attribute.as_deref(),
            ),
            (
                "entity1_navigation_property_name",
                &fact.entity1_navigation_property_name,
                rel.entity1_navigation_property_name.as_deref(),
            ),
            (
                "entity2_logical_name",
                &fact.entity2_logical_name,
                rel.entity2_logical_name.as_deref(),
            ),
            (
                "entity2_intersect_attribute",
                &fact.entity2_intersect_attribute,
                rel.entity2_intersect_attribute.as_deref(),
            ),
            (
                "entity2_navigation_property_name",
                &fact.entity2_navigation_property_name,
                rel.entity2_navigation_property_name.as_deref(),
            ),
        ];
        for (field, expected, actual) in fields {
            r.expect(page, format_args!("{what}: {field}"), expected, actual);
        }
        r.expect(
            page,
            format_args!("{what}: is_customizable"),
            &fact.is_customizable,
            rel.is_customizable,
        );
    }
}

fn check_column(r: &mut Report, page: &str, fact: &ColumnFact, table: &Table) {
    let what = format!("column {}", fact.logical_name);
    let Some(column) = table.column(fact.logical_name) else {
        r.fail(page, what, "missing");
        return;
    };
    r.eq(
        page,
        format_args!("{what}: schema_name"),
        fact.schema_name,
        column.schema_name.as_str(),
    );
    r.eq(
        page,
        format_args!("{what}: type"),
        &fact.column_type,
        &column.column_type,
    );
    if let Some((create, update)) = fact.validity {
        r.eq(
            page,
            format_args!("{what}: (valid_for_create, valid_for_update)"),
            (create, update),
            (column.valid_for_create, column.valid_for_update),
        );
    }
    if let Some(level) = &fact.required_level {
        r.eq(
            page,
            format_args!("{what}: required_level"),
            Some(level),
            column.required_level.as_ref(),
        );
    }
    r.expect(
        page,
        format_args!("{what}: display_name"),
        &fact.display_name,
        column.display_name.as_deref(),
    );
    r.expect(
        page,
        format_args!("{what}: description"),
        &fact.description,
        column.description.as_deref(),
    );
    r.expect(
        page,
        format_args!("{what}: max_length"),
        &fact.max_length,
        column.max_length,
    );
    r.expect(
        page,
        format_args!("{what}: min_value"),
        &fact.min_value,
        column.min_value.as_ref().map(|n| n.as_str()),
    );
    r.expect(
        page,
        format_args!("{what}: max_value"),
        &fact.max_value,
        column.max_value.as_ref().map(|n| n.as_str()),
    );

    let targets: Vec<&str> = column.targets.iter().map(String::as_str).collect();
    match &fact.targets {
        None => {}
        Some(Targets::Exact(expected)) => r.eq(
            page,
            format_args!("{what}: targets"),
            *expected,
            &targets[..],
        ),
        Some(Targets::Summary {
            count,
            first,
            last,
            includes,
            excludes,
        }) => {
            r.eq(
                page,
                format_args!("{what}: number of targets"),
                *count,
                targets.len(),
            );
            let head = &targets[..first.len().min(targets.len())];
            r.eq(page, format_args!("{what}: first targets"), *first, head);
            let tail = &targets[targets.len().saturating_sub(last.len())..];
            r.eq(page, format_args!("{what}: last targets"), *last, tail);
            for name in *includes {
                if !targets.contains(name) {
                    r.fail(
                        page,
                        format_args!("{what}: targets"),
                        format_args!("{name:?} is missing"),
                    );
                }
            }
            for name in *excludes {
                if targets.contains(name) {
                    r.fail(
                        page,
                        format_args!("{what}: targets"),
                        format_args!("{name:?} is listed, but this page revision does not list it"),
                    );
                }
            }
            let odd: Vec<_> = targets
                .iter()
                .filter(|t| t.is_empty() || t.trim() != **t || t.contains(','))
                .collect();
            if !odd.is_empty() {
                r.fail(
                    page,
                    format_args!("{what}: targets"),
                    format_args!("not split and trimmed: {odd:?}"),
                );
            }
        }
    }

    if let Some(expected) = &fact.options {
        let expected: Vec<OptView<'_>> = expected
            .iter()
            .map(|o| {
                (
                    o.value,
                    o.label,
                    o.state,
                    o.default_status,
                    o.invariant_name,
                )
            })
            .collect();
        let actual: Vec<OptView<'_>> = column
            .options
            .iter()
            .map(|o| {
                (
                    o.value,
                    o.label.as_str(),
                    o.state,
                    o.default_status,
                    o.invariant_name.as_deref(),
                )
            })
            .collect();
        r.eq(
            page,
            format_args!("{what}: options (value, label, state, default_status, invariant_name)"),
            expected,
            actual,
        );
    }
    r.expect(
        page,
        format_args!("{what}: default_value"),
        &fact.default_value,
        column.default_value.clone(),
    );
}

/// Checks every block of facts on every form it applies to.
fn check_facts(name: &str, facts: &[TableFacts]) {
    let Some(pages) = shared_pages() else {
        return;
    };
    let mut report = Report::default();
    for block in facts {
        assert!(
            !block.forms.is_empty(),
            "{}: a block of facts lists no forms",
            block.table
        );
        for &form in block.forms {
            let page = form.relative(block.table);
            match import(&pages, form, block.table) {
                Ok(table) => check_table(&mut report, &page, block, &table),
                Err(error) => report.fail(&page, "import", error),
            }
        }
    }
    report.finish(name);
}

// ---------------------------------------------------------------------------
// Tests: facts, one per table
// ---------------------------------------------------------------------------

#[test]
fn account_page_facts() {
    check_facts("account", &account());
}

#[test]
fn activityparty_page_facts() {
    check_facts("activityparty", &activityparty());
}

#[test]
fn agentprompt_page_facts() {
    check_facts("agentprompt", &agentprompt());
}

#[test]
fn customapi_page_facts() {
    check_facts("customapi", &customapi());
}

#[test]
fn mspp_columnpermissionprofile_page_facts() {
    check_facts(
        "mspp_columnpermissionprofile",
        &mspp_columnpermissionprofile(),
    );
}

#[test]
fn processsession_page_facts() {
    check_facts("processsession", &processsession());
}

#[test]
fn team_page_facts() {
    check_facts("team", &team());
}

/// Every page in the shared folder is covered by facts, and every block of
/// facts names a page that exists: 21 pages, 7 tables in 3 forms.
#[test]
fn facts_cover_every_shared_page() {
    let Some(pages) = shared_pages() else {
        return;
    };
    let on_disk: BTreeSet<(PageForm, String)> = page_files(&pages).into_iter().collect();
    let mut covered: BTreeSet<(PageForm, String)> = BTreeSet::new();
    for block in all_facts() {
        for &form in block.forms {
            covered.insert((form, block.table.to_string()));
        }
    }
    let expected: BTreeSet<(PageForm, String)> = SHARED_TABLES
        .iter()
        .flat_map(|t| PageForm::ALL.map(|f| (f, t.to_string())))
        .collect();
    assert_eq!(expected.len(), 21);
    assert_eq!(
        covered, expected,
        "the facts must cover every form of every table"
    );
    assert_eq!(
        on_disk, expected,
        "the shared pages changed: pages on disk differ from the 21 pages the facts describe"
    );
}

// ---------------------------------------------------------------------------
// Tests: properties of every page
// ---------------------------------------------------------------------------

/// Values never keep Markdown or HTML decoration. None of the copied-text
/// pages contains a backtick or `**`, so neither may reach the model.
#[test]
fn values_keep_no_markdown_decoration() {
    let Some(pages) = shared_pages() else {
        return;
    };
    let mut report = Report::default();
    for (form, table) in page_files(&pages) {
        let page = form.relative(&table);
        let imported = match import(&pages, form, &table) {
            Ok(t) => t,
            Err(error) => {
                report.fail(&page, "import", error);
                continue;
            }
        };
        let text = match yaml::to_string(&imported) {
            Ok(text) => text,
            Err(error) => {
                report.fail(&page, "yaml::to_string", error);
                continue;
            }
        };
        for (number, line) in text.lines().enumerate() {
            for decoration in [
                "**", "`", "<br", "<xref", "](", "<strong>", "<code>", "&amp;", "&lt;",
            ] {
                if line.contains(decoration) {
                    report.fail(
                        &page,
                        format_args!("YAML line {}", number + 1),
                        format_args!("keeps {decoration:?}: {line}"),
                    );
                }
            }
        }
    }
    report.finish("no Markdown decoration");
}

/// Clears the free-text fields of messages, which legitimately differ
/// between forms; message names stay.
fn without_message_free_text(mut table: Table) -> Table {
    for message in &mut table.messages {
        message.web_api = None;
        message.sdk = None;
    }
    table
}

/// The first line where two YAML texts differ, for messages.
fn first_difference(a: &str, b: &str) -> String {
    let (mut la, mut lb) = (a.lines(), b.lines());
    let mut number = 1;
    loop {
        match (la.next(), lb.next()) {
            (None, None) => return "identical".to_string(),
            (x, y) if x == y => number += 1,
            (x, y) => return format!("line {number}: {x:?} vs {y:?}"),
        }
    }
}

/// Every form of the same page gives the same YAML, except the messages'
/// free text. The older-revision text/processsession.txt is left out.
#[test]
fn forms_of_a_page_give_identical_yaml() {
    let Some(pages) = shared_pages() else {
        return;
    };
    let mut report = Report::default();
    for table in SHARED_TABLES {
        let forms: &[PageForm] = if table == "processsession" {
            PROCESSSESSION_V92
        } else {
            ALL_FORMS
        };
        let mut reference: Option<(String, String)> = None;
        for &form in forms {
            let page = form.relative(table);
            let imported = match import(&pages, form, table) {
                Ok(t) => without_message_free_text(t),
                Err(error) => {
                    report.fail(&page, "import", error);
                    continue;
                }
            };
            let text = match yaml::to_string(&imported) {
                Ok(text) => text,
                Err(error) => {
                    report.fail(&page, "yaml::to_string", error);
                    continue;
                }
            };
            match &reference {
                None => reference = Some((page, text)),
                Some((reference_page, reference_text)) => {
                    if *reference_text != text {
                        report.fail(
                            &page,
                            format_args!("YAML differs from {reference_page}"),
                            first_difference(reference_text, &text),
                        );
                    }
                }
            }
        }
    }
    report.finish("identical YAML across forms");
}

/// Importing a page twice gives byte-identical YAML, and the YAML loads
/// back to the same table and saves byte-identically.
#[test]
fn import_is_deterministic_and_yaml_round_trips() {
    let Some(pages) = shared_pages() else {
        return;
    };
    let mut report = Report::default();
    for (form, table) in page_files(&pages) {
        let page = form.relative(&table);
        let (first, second) = match (import(&pages, form, &table), import(&pages, form, &table)) {
            (Ok(a), Ok(b)) => (a, b),
            (Err(error), _) | (_, Err(error)) => {
                report.fail(&page, "import", error);
                continue;
            }
        };
        let (first_text, second_text) = match (yaml::to_string(&first), yaml::to_string(&second)) {
            (Ok(a), Ok(b)) => (a, b),
            (Err(error), _) | (_, Err(error)) => {
                report.fail(&page, "yaml::to_string", error);
                continue;
            }
        };
        if first_text != second_text {
            report.fail(
                &page,
                "importing twice",
                format_args!(
                    "YAML differs: {}",
                    first_difference(&first_text, &second_text)
                ),
            );
        }
        let loaded = match yaml::from_str(&first_text) {
            Ok(t) => t,
            Err(error) => {
                report.fail(&page, "yaml::from_str of the written YAML", error);
                continue;
            }
        };
        if loaded != first {
            report.fail(
                &page,
                "YAML round trip",
                "the loaded table differs from the imported one",
            );
        }
        match yaml::to_string(&loaded) {
            Ok(again) if again == first_text => {}
            Ok(again) => report.fail(
                &page,
                "load then save",
                format_args!("YAML differs: {}", first_difference(&first_text, &again)),
            ),
            Err(error) => report.fail(&page, "yaml::to_string after loading", error),
        }
    }
    report.finish("determinism and round trip");
}
