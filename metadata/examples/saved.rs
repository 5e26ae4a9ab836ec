//! Imports a table from Web API responses saved in a folder and prints its
//! YAML: `cargo run -p dataverse-metadata --example saved -- <dir> <table> [language code]`.

use std::path::Path;
use std::process::ExitCode;

use dataverse_metadata::{import_saved, Labels};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(dir), Some(table)) = (args.first(), args.get(1)) else {
        eprintln!("usage: saved <dir> <table logical name> [language code, e.g. 1036]");
        return ExitCode::from(2);
    };
    let labels = match args.get(2).map(|code| code.parse::<u32>()) {
        None => Labels::UserLocalized,
        Some(Ok(code)) => Labels::Language(code),
        Some(Err(_)) => {
            eprintln!("the language code must be a number, e.g. 1033");
            return ExitCode::from(2);
        }
    };
    match import_saved(Path::new(dir), table, labels) {
        Ok(table) => match dataverse_schema::yaml::to_string(&table) {
            Ok(yaml) => {
                print!("{yaml}");
                ExitCode::SUCCESS
            }
            Err(error) => {
                eprintln!("error: {error}");
                ExitCode::FAILURE
            }
        },
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}
