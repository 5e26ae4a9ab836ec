//! A Dataverse environment's own metadata, read into the metadata model.
//!
//! Reference pages describe Microsoft's tables; an environment also has
//! custom tables (`cr123_project`) and custom columns on standard ones
//! (`new_region` on `account`). This crate reads what the environment says
//! about itself, with no HTTP of its own: the caller makes the GET requests
//! this crate names and hands back the response bodies.
//!
//! * [`requests`] lists the Web API requests that describe one table;
//!   [`TableResponses`] takes their bodies (paged collections included) and
//!   builds the [`Table`](dataverse_schema::Table), with the facts a
//!   reference page of the same table gives, spelled the same way.
//! * [`Csdl::parse`] reads the CSDL `$metadata` document (entity sets, keys,
//!   navigation properties); [`complete_from_csdl`] fills the names a
//!   table's YAML lacks and reports those that disagree.
//! * [`compare`] lists the differences between two descriptions of a table;
//!   [`merge`] combines a page's YAML with the environment's, the
//!   environment winning, and returns the differences with the result.
//! * [`import_saved`] reads responses saved as files (one per request, named
//!   after its [`Part`]).
//!
//! ```no_run
//! use dataverse_metadata::{requests, Labels, TableResponses};
//!
//! # fn get(url: &str) -> String { unimplemented!() }
//! let root = "https://contoso.crm.dynamics.com/api/data/v9.2/";
//! let mut responses = TableResponses::new("cr123_project")?;
//! for request in requests("cr123_project")? {
//!     let mut url = format!("{root}{}", request.path);
//!     // Follow @odata.nextLink, with a bound on the number of pages.
//!     for _page in 0..1000 {
//!         match responses.add(request.part, &get(&url))? {
//!             Some(next) => url = next,
//!             None => break,
//!         }
//!     }
//! }
//! let table = responses.into_table(Labels::UserLocalized)?;
//! let yaml = dataverse_schema::yaml::to_string(&table).expect("a table always serialises");
//! # Ok::<(), dataverse_metadata::MetadataError>(())
//! ```

mod compare;
mod csdl;
mod request;
mod saved;
mod webapi;

pub use compare::{compare, merge, Difference, Item, Merged};
pub use csdl::{complete_from_csdl, Csdl, CsdlError, EntityType, NavigationProperty};
pub use request::{requests, Cast, MetadataRequest, Part, CSDL_REQUEST, TABLE_NAMES_REQUEST};
pub use saved::{import_saved, SavedError};
pub use webapi::{table_names, Labels, TableResponses};

/// A metadata response could not be read as the model needs it.
#[derive(Debug, thiserror::Error)]
pub enum MetadataError {
    /// A table name that cannot go into a request path.
    #[error(
        "`{0}` is not a table logical name (lower-case ASCII letters, digits and `_`, \
         starting with a letter)"
    )]
    BadLogicalName(String),
    /// A body that is not JSON of the documented shape.
    #[error("the {part} response is not the expected JSON: {source}")]
    Json {
        /// The [`Part`] the body was added as.
        part: String,
        /// What serde_json reported (with line and column).
        source: serde_json::Error,
    },
    /// The entity response describes another table.
    #[error("the entity response describes `{found}`, not `{expected}`")]
    OtherTable {
        /// The table the responses were collected for.
        expected: String,
        /// The table the response describes.
        found: String,
    },
    /// A request had no response added.
    #[error("no response was added for {part} (GET {path})")]
    Missing {
        /// The part without a response.
        part: String,
        /// Its request path.
        path: String,
    },
    /// The same thing arrived twice (the entity, or an attribute on two pages).
    #[error("the {0} arrived twice; was a page added twice?")]
    Repeated(String),
    /// A cast response names an attribute the attribute collection lacks.
    #[error(
        "the {part} response lists attribute `{attribute}`, which the attributes response does not"
    )]
    UnknownAttribute {
        /// The cast's part.
        part: String,
        /// The attribute's logical name.
        attribute: String,
    },
    /// A property value the model cannot hold.
    #[error("{part}: attribute `{attribute}` {message}")]
    Value {
        /// Where it was read.
        part: String,
        /// The attribute's logical name.
        attribute: String,
        /// What is wrong.
        message: String,
    },
}
