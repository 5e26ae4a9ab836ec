//! `cargo xtask`: the project's command line.
//!
//! * `import <FILE>... --out <DIR>`: read table reference pages (text,
//!   Markdown or HTML, detected from the content) into YAML, one file per
//!   table.
//! * `regenerate`: rewrite the `generated` crate from `schema/tables`.
//! * `check`: fail when the `generated` crate is stale (never writes).
//! * `generate --out <FILE>`: one file for chosen tables, as build.rs makes it.
//! * `synth --out <DIR>`: a synthetic catalog of pages for benchmarks.
//! * `fuzz`: the cargo-fuzz targets, a while each.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod fuzz;
mod generate;
mod import;
mod synth;

// Import and generation allocate many small strings and token streams;
// mimalloc spends far less time on them than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
    /// new one, which keeps the many-to-one lookup and navigation names the
    /// file states and the page does not) and prints one summary line per
    /// page. Pages that cannot be read are reported with their file name
    /// and line; the others are still written, and the exit status is
    /// non-zero.
    Import(import::Args),
    /// Regenerate the `generated` crate from the YAML in schema/tables.
    ///
    /// Writes only files whose content changes (atomically) and removes
    /// modules of tables that no longer have YAML; prints a summary.
    Regenerate(generate::Args),
    /// Check that the `generated` crate is up to date with the YAML.
    ///
    /// Exits non-zero and lists the stale files when it is not. Never writes.
    Check(generate::Args),
    /// Generate one Rust file with a module per table.
    ///
    /// Writes exactly what the build.rs builder (`dataverse-build`) writes
    /// for the same YAML and configuration file.
    Generate(generate::GenerateArgs),
    /// Write a synthetic catalog of table reference pages (text, Markdown
    /// and HTML) for benchmarks.
    Synth(synth::Args),
    /// Run the cargo-fuzz targets (importers, YAML loader) for a while each.
    ///
    /// Needs cargo-fuzz (`cargo install cargo-fuzz --locked`). Seeds empty
    /// corpora from the shared pages; exits non-zero on any crash.
    Fuzz(fuzz::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Import(args) => import::run(&args),
        Command::Regenerate(args) => generate::regenerate(&args),
        Command::Check(args) => generate::check(&args),
        Command::Generate(args) => generate::generate(&args),
        Command::Synth(args) => synth::run(&args),
        Command::Fuzz(args) => fuzz::run(&args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failed) => ExitCode::FAILURE,
    }
}

/// A command failed; what went wrong has been printed to stderr.
struct Failed;

/// The workspace root (the folder holding the top-level Cargo.toml).
fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives one folder below the workspace root")
        .to_path_buf()
}
