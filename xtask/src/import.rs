//! `cargo xtask import`.

use std::collections::HashMap;
use std::path::PathBuf;

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

    let mut failures = 0;
    let mut written: HashMap<String, PathBuf> = HashMap::new();
    for (page, result) in args.pages.iter().zip(imported) {
        let (mut table, form) = match result {
            Ok(imported) => imported,
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
        if let Err(error) = keep_stated_facts(&mut table, &target) {
            eprintln!("error: {}: {error}", page.display());
            failures += 1;
            continue;
        }
        if let Err(error) = dataverse_schema::yaml::save(&target, &table) {
            eprintln!("error: {}: {error}", page.display());
            failures += 1;
            continue;
        }
        println!(
            "{} ({}) -> {}: {} columns, {} one-to-many, {} many-to-one, {} many-to-many, {} messages",
            page.display(),
            form,
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

/// Before `target` is replaced: keeps the many-to-one facts it states and
/// the page does not (see `dataverse_schema::keep`), and says so.
fn keep_stated_facts(
    table: &mut dataverse_schema::Table,
    target: &std::path::Path,
) -> Result<(), String> {
    if !target.exists() {
        return Ok(());
    }
    let existing = dataverse_schema::yaml::load(target).map_err(|error| {
        format!(
            "cannot read the existing {} to keep the relationship facts it states beyond the page \
             ({error}); move it away to replace it",
            target.display()
        )
    })?;
    let report = dataverse_schema::keep::keep_relationship_facts(table, &existing);
    let file = target.display();
    if !report.kept.is_empty() {
        eprintln!(
            "note: {file}: kept the lookup and navigation property that the file states and the \
             page does not for {} many-to-one relationship(s): {}",
            report.kept.len(),
            report.kept.join(", ")
        );
    }
    for (relationship, key, old, new) in &report.replaced {
        eprintln!(
            "note: {file}: {relationship}: the page states {key} `{new}` (the file had `{old}`)"
        );
    }
    if !report.dropped.is_empty() {
        eprintln!(
            "warning: {file}: the page no longer lists {} many-to-one relationship(s) whose lookup \
             or navigation property the file stated: {}",
            report.dropped.len(),
            report.dropped.join(", ")
        );
    }
    Ok(())
}
