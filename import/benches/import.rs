//! Import throughput per form on the shared pages (`../shared/pages`).
//!
//! `cargo bench -p dataverse-import --bench import`; criterion prints the
//! throughput of each form in MiB/s (one thread).

use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use dataverse_import::Form;

fn pages(folder: &str) -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../shared/pages")
        .join(folder);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("skipping {folder}: {} is missing", dir.display());
        return Vec::new();
    };
    let mut paths: Vec<_> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext != "tsv"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|path| std::fs::read_to_string(path).expect("page is readable"))
        .collect()
}

fn import(c: &mut Criterion) {
    let mut group = c.benchmark_group("import");
    for (folder, form) in [
        ("text", Form::Text),
        ("md", Form::Markdown),
        ("html", Form::Html),
    ] {
        let pages = pages(folder);
        if pages.is_empty() {
            continue;
        }
        let bytes: usize = pages.iter().map(String::len).sum();
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_function(form.name(), |b| {
            b.iter(|| {
                for page in &pages {
                    let table = dataverse_import::import_str_as(page, form).expect("page imports");
                    std::hint::black_box(table);
                }
            })
        });
    }
    group.finish();
}

criterion_group!(benches, import);
criterion_main!(benches);
