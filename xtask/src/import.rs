//! `cargo xtask import`.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use dataverse_import::Form;
use dataverse_schema::Table;

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
    use rayon::prelude::*;

    if let Err(error) = std::fs::create_dir_all(&args.out) {
        eprintln!("error: cannot create {}: {error}", args.out.display());
        return Err(Failed);
    }
    // Pages are read and imported in parallel; results are reported and
    // written in the order given, so output and errors are deterministic.
    // The bar shows only on a terminal.
    let progress = indicatif::ProgressBar::new(args.pages.len() as u64).with_style(
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} pages {msg}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    let imported: Vec<_> = args
        .pages
        .par_iter()
        .map(|page| {
            let result = dataverse_import::import_file_with_form(page);
            progress.inc(1);
            result
        })
        .collect();
    progress.finish_and_clear();

    // In input order: the first page of a table is written, later pages of
    // the same table are errors.
    let mut first_page: HashMap<String, &Path> = HashMap::new();
    let planned: Vec<(&Path, Result<Planned, String>)> = args
        .pages
        .iter()
        .zip(imported)
        .map(|(page, result)| {
            let plan = match result {
                Err(error) => Err(error.to_string()),
                Ok((table, form)) => match first_page.get(&table.logical_name) {
                    Some(first) => Err(format!(
                        "{}: table `{}` was already imported from {} in this run; not overwriting it",
                        page.display(),
                        table.logical_name,
                        first.display()
                    )),
                    None => {
                        first_page.insert(table.logical_name.clone(), page);
                        let target = args.out.join(format!("{}.yaml", table.logical_name));
                        Ok(Planned {
                            table,
                            form,
                            target,
                        })
                    }
                },
            };
            (page.as_path(), plan)
        })
        .collect();
    // Each file is written atomically, all of them in parallel (most of the
    // time is the file system's); messages still follow the input order.
    let outcomes: Vec<Result<&Planned, String>> = planned
        .par_iter()
        .map(|(page, plan)| {
            let planned = plan.as_ref().map_err(Clone::clone)?;
            dataverse_schema::yaml::save(&planned.target, &planned.table)
                .map(|()| planned)
                .map_err(|error| format!("{}: {error}", page.display()))
        })
        .collect();

    let mut failures = 0;
    for outcome in outcomes {
        match outcome {
            Ok(Planned {
                table,
                form,
                target,
            }) => println!(
                "{} ({}) -> {}: {} columns, {} one-to-many, {} many-to-one, {} many-to-many, {} messages",
                first_page[&table.logical_name].display(),
                form,
                target.display(),
                table.columns.len(),
                table.one_to_many.len(),
                table.many_to_one.len(),
                table.many_to_many.len(),
                table.messages.len(),
            ),
            Err(message) => {
                eprintln!("error: {message}");
                failures += 1;
            }
        }
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

/// A table to write: imported from the first page that had it.
struct Planned {
    table: Table,
    form: Form,
    target: PathBuf,
}
