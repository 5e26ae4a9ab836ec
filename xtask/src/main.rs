//! `cargo xtask`: the project's command line.
//!
//! * `import <FILE>... --out <DIR>`: read table reference pages (text,
//!   Markdown or HTML, detected from the content) into YAML, one file per
//!   table.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod import;

/// Dataverse table reference pages -> YAML metadata -> Rust.
#[derive(Parser)]
#[command(name = "cargo xtask", bin_name = "cargo xtask", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Import table reference pages into YAML metadata files.
    ///
    /// Each page may be copied text, Markdown source or saved HTML; the form
    /// is detected from the content. Writes <OUT>/<logical_name>.yaml per
    /// page (atomically: an existing file is replaced only by a complete
    /// new one) and prints one summary line per page. Pages that cannot be
    /// read are reported with their file name and line; the others are
    /// still written, and the exit status is non-zero.
    Import(import::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Import(args) => import::run(&args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failed) => ExitCode::FAILURE,
    }
}

/// A command failed; what went wrong has been printed to stderr.
struct Failed;

/// The workspace root (the folder holding the top-level Cargo.toml).
#[allow(dead_code)]
fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives one folder below the workspace root")
        .to_path_buf()
}
