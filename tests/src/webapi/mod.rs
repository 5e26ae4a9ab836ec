//! The Web API exchanges of Microsoft's documentation, replayed through the
//! typed runtime.
//!
//! Each exchange is a data file, `webapi/exchanges/<name>.json` (the format
//! is described in `webapi/README.md`): the request and response a page of
//! the Web API documentation shows, corrected where the page is wrong,
//! with notes saying where and why. [`exchanges`] lists, for each file, how
//! to build that request with the typed API and how to check the response:
//!
//! ```
//! use dataverse_tests::webapi;
//!
//! let exchange = webapi::exchange("create_basic").unwrap();
//! let documented = exchange.documented().unwrap();
//! let replay = (exchange.build)();
//! // The request the typed API builds is the documented one...
//! documented.compare_request(&replay.request()).unwrap();
//! // ...and the documented response reads back into generated types.
//! replay.check_response(&documented.response().unwrap()).unwrap();
//! ```
//!
//! The crate's `webapi` tests do this for every exchange; an HTTP client's
//! tests can do the same over a local server: serve
//! [`Documented::response`] for [`Replay::request`], send the request with
//! the client, compare what the server received with
//! [`Documented::compare_request`], and hand what the client received to
//! [`Replay::check_response`].

mod associate;
mod check;
mod create;
mod file;
mod join;
mod misc;
mod query;
mod read;
pub mod tables;
mod write;

use std::path::PathBuf;

use dataverse::request::{Request, Response};

pub use file::{Documented, DocumentedRequest, DocumentedResponse, Source, ORGANIZATION_URI};

/// A documented exchange, replayed: the request built with the typed API,
/// and the documented response read back and checked.
pub trait Replay {
    /// The documented request, built with the typed API only.
    ///
    /// # Panics
    ///
    /// When the typed API refuses to build it (a validation error); the
    /// `webapi` tests show that it never does.
    fn request(&self) -> Request;

    /// Reads `response` with the operation's `parse_response` and checks
    /// every field the documentation shows: `Err` names each field that
    /// differs or that no check looked at.
    fn check_response(&self, response: &Response) -> Result<(), String>;

    /// Documented response fields that no output of the runtime holds, as
    /// (path, why): [`Replay::check_response`] does not check them, and
    /// says nothing about them. Empty for most exchanges.
    fn undecoded(&self) -> &'static [(&'static str, &'static str)] {
        &[]
    }
}

/// One documented exchange: its name, its data file, and how to replay it.
#[derive(Clone, Copy)]
pub struct Exchange {
    /// The file's name without `.json` (`create_basic`).
    pub name: &'static str,
    /// The data file, relative to this crate's folder
    /// (`webapi/exchanges/create_basic.json`).
    pub file: &'static str,
    /// Builds the replay: the typed request and the response checks.
    pub build: fn() -> Box<dyn Replay>,
}

impl Exchange {
    const fn new(name: &'static str, file: &'static str, build: fn() -> Box<dyn Replay>) -> Self {
        Exchange { name, file, build }
    }

    /// The data file's absolute path.
    pub fn path(&self) -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(self.file)
    }

    /// The data file, read.
    pub fn documented(&self) -> Result<Documented, String> {
        Documented::load(&self.path())
    }
}

impl std::fmt::Debug for Exchange {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Exchange({})", self.name)
    }
}

/// `documented!("name", build)`: the exchange of `webapi/exchanges/<name>.json`.
macro_rules! documented {
    ($name:literal, $build:path) => {
        $crate::webapi::Exchange::new($name, concat!("webapi/exchanges/", $name, ".json"), $build)
    };
}
use documented;

/// Every documented exchange, in the order of the documentation's pages.
pub fn exchanges() -> Vec<Exchange> {
    let mut all = Vec::new();
    all.extend(create::exchanges());
    all.extend(write::exchanges());
    all.extend(read::exchanges());
    all.extend(query::exchanges());
    all.extend(join::exchanges());
    all.extend(associate::exchanges());
    all.extend(misc::exchanges());
    all
}

/// The exchange named `name`.
pub fn exchange(name: &str) -> Option<Exchange> {
    exchanges()
        .into_iter()
        .find(|exchange| exchange.name == name)
}

/// The folder of the exchanges' data files.
pub fn exchanges_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("webapi/exchanges")
}
