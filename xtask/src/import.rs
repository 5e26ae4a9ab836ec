//! `cargo xtask import`.

use std::collections::HashMap;
use std::path::PathBuf;

use dataverse_import::Form;

use crate::Failed;

/// Arguments of `import`.
#[derive(clap::Args)]
pub struct Args {
    /// Page files to import (text, Markdown or HTML).
    #[arg(required = true, value_name = "FILE")]
    pages: Vec<PathBuf>,
    /// Folder to write <logical_name>.yaml files into (created if missing).
    #[arg(long, short, value_name = "DIR")]
    out: PathBuf,
}

pub fn run(args: &Args) -> Result<(), Failed> {
    if let Err(error) = std::fs::create_dir_all(&args.out) {
        eprintln!("error: cannot create {}: {error}", args.out.display());
        return Err(Failed);
    }
    let mut failures = 0;
    let mut written: HashMap<String, PathBuf> = HashMap::new();
    for page in &args.pages {
        let form = std::fs::read(page)
            .ok()
            .and_then(|bytes| dataverse_import::decode(&bytes).ok())
            .map(|text| dataverse_import::detect_form(&text));
        let table = match dataverse_import::import_file(page) {
            Ok(table) => table,
            Err(error) => {
                eprintln!("error: {error}");
                failures += 1;
                continue;
            }
        };
        if let Some(first) = written.get(&table.logical_name) {
            eprintln!(
                "error: {}: table `{}` was already imported from {} in this run; not overwriting it",
                page.display(),
                table.logical_name,
                first.display()
            );
            failures += 1;
            continue;
        }
        let target = args.out.join(format!("{}.yaml", table.logical_name));
        if let Err(error) = dataverse_schema::yaml::save(&target, &table) {
            eprintln!("error: {}: {error}", page.display());
            failures += 1;
            continue;
        }
        println!(
            "{} ({}) -> {}: {} columns, {} one-to-many, {} many-to-one, {} many-to-many, {} messages",
            page.display(),
            form.map_or("?", Form::name),
            target.display(),
            table.columns.len(),
            table.one_to_many.len(),
            table.many_to_one.len(),
            table.many_to_many.len(),
            table.messages.len(),
        );
        written.insert(table.logical_name.clone(), page.clone());
    }
    if failures > 0 {
        eprintln!(
            "{failures} of {} page(s) could not be imported",
            args.pages.len()
        );
        return Err(Failed);
    }
    Ok(())
}
