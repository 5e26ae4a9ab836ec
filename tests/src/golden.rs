//! The golden files of `tests/golden.rs`, compiled.

/// Generated from `schema/tables/processsession.yaml` alone.
#[path = "../golden/processsession.rs"]
#[rustfmt::skip]
pub mod processsession_file;

/// Generated from `schema/tables/agentprompt.yaml` alone.
#[path = "../golden/agentprompt.rs"]
#[rustfmt::skip]
pub mod agentprompt_file;

/// Generated from the custom table `cr123_project` imported from Web API
/// metadata responses (`metadata/tests/fixtures/cr123_project`) alone.
#[path = "../golden/cr123_project.rs"]
#[rustfmt::skip]
pub mod cr123_project_file;

/// Generated from the fixtures `tests/fixtures/typed/{email,goal}.yaml` and
/// `schema/tables/activityparty.yaml`, together: typed party lists and a
/// polymorphic lookup's table column.
#[path = "../golden/typed.rs"]
#[rustfmt::skip]
pub mod typed_file;
