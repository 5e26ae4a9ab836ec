//! End to end on the synthetic catalog: every page of one form imported and
//! generated into one formatted file, in parallel (what `cargo xtask
//! generate --pages <DIR>` does, without writing the file).
//!
//! ```sh
//! cargo xtask synth --tables 700 --out target/synth
//! cargo bench -p dataverse-build --bench catalog
//! ```
//!
//! `DATAVERSE_SYNTH_DIR` (an absolute path: cargo runs benchmarks from the
//! package folder) points elsewhere. Without a catalog the benchmark
//! says how to make one and measures nothing.
//!
//! The allocator is mimalloc, as in xtask. A build script using the builder
//! runs with the system allocator, which took 10 to 25% longer here.

use std::path::{Path, PathBuf};
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn catalog() -> Option<PathBuf> {
    let dir = std::env::var_os("DATAVERSE_SYNTH_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/synth"));
    if dir.join("md").is_dir() {
        Some(dir)
    } else {
        eprintln!(
            "skipping: no synthetic catalog in {}; run `cargo xtask synth --out target/synth` first",
            dir.display()
        );
        None
    }
}

fn pages(dir: &Path) -> Vec<PathBuf> {
    let mut pages: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("the catalog folder is readable")
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .collect();
    pages.sort();
    pages
}

fn end_to_end(c: &mut Criterion) {
    let Some(dir) = catalog() else { return };
    let mut group = c.benchmark_group("catalog");
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(20));
    for form in ["md", "text", "html"] {
        let pages = pages(&dir.join(form));
        let bytes: u64 = pages
            .iter()
            .map(|p| std::fs::metadata(p).map_or(0, |m| m.len()))
            .sum();
        group.throughput(Throughput::Bytes(bytes));
        group.bench_function(form, |b| {
            b.iter(|| {
                let builder = pages
                    .iter()
                    .fold(dataverse_build::Builder::new(), |builder, page| {
                        builder.page(page)
                    });
                let (source, _) = builder.generate_source().expect("the catalog generates");
                std::hint::black_box(source.len())
            })
        });
    }
    group.finish();
}

criterion_group!(benches, end_to_end);
criterion_main!(benches);
