//! Generation time: YAML model -> formatted Rust source (plan + tokens +
//! prettyplease), one thread.
//!
//! `cargo bench -p dataverse-codegen --bench generate`. Two measurements:
//!
//! - `generate/bundled`: `generate_file` of the seven bundled tables
//!   (`schema/tables/*.yaml`) together, loaded once outside the timed loop;
//! - `generate/synthetic_1000`: `generate_file` of one table of exactly 1,000
//!   columns built in code, with a realistic type mix (String with MaxLength,
//!   Integer with bounds, Lookup with 1-3 targets, Picklist with 5 options,
//!   DateTime, Money, Boolean with options).
//!
//! Throughput is in columns (`Throughput::Elements`), so criterion's
//! "elem/s" gives the time per column: 1 / (elem/s) seconds per column, and
//! 1,000 times that per 1,000 columns. The default run is kept short
//! (10 flat samples, 1 s warm-up and 6 s of measurement each;
//! about 15 s in all once built).

use std::path::Path;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, SamplingMode, Throughput};
use dataverse_codegen::{generate_file, Options};
use dataverse_schema::{
    Column, ColumnType, DefaultValue, Number, OptionValue, RequiredLevel, Table,
};

/// The bundled tables, sorted by file name.
fn bundled_tables() -> Vec<Table> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../schema/tables");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "yaml"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|path| dataverse_schema::yaml::load(path).expect("bundled table loads"))
        .collect()
}

fn number(text: &str) -> Number {
    Number::parse(text).expect("valid number")
}

/// A writable column with the fields every real column has.
fn column(index: usize, stem: &str, column_type: ColumnType) -> Column {
    let logical_name = format!("new_{stem}{index:04}");
    let schema_name = format!("new_{}{index:04}", capitalize(stem));
    let mut column = Column::new(logical_name, schema_name, column_type);
    column.display_name = Some(format!("{} {index}", capitalize(stem)));
    column.description = Some(format!(
        "Synthetic {stem} column number {index}, used to measure generation time."
    ));
    column.required_level = Some(if index % 11 == 10 {
        RequiredLevel::ApplicationRequired
    } else {
        RequiredLevel::None
    });
    column.valid_for_create = true;
    column.valid_for_update = index % 5 != 4;
    column.valid_for_read = Some(true);
    column.valid_for_form = Some(true);
    column
}

fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// One table of exactly `count` columns. The mix, per 10 columns: 3 String,
/// 1 Integer, 2 Lookup, 1 Picklist, 1 DateTime, 1 Money, 1 Boolean.
fn synthetic_table(count: usize) -> Table {
    const TARGETS: [&str; 3] = ["account", "contact", "systemuser"];
    let mut table = Table::new("new_synthetic");
    table.schema_name = Some("new_Synthetic".into());
    table.display_name = Some("Synthetic".into());
    table.entity_set_name = Some("new_synthetics".into());
    table.primary_id_attribute = Some("new_syntheticid".into());
    table.ownership_type = Some("UserOwned".into());
    table.columns = (0..count)
        .map(|i| match i % 10 {
            0..=2 => {
                let mut c = column(i, "text", ColumnType::String);
                c.max_length = Some([100, 200, 4000][i % 3]);
                c.format = Some("Text".into());
                c.is_localizable = Some(false);
                c
            }
            3 => {
                let mut c = column(i, "count", ColumnType::Integer);
                c.min_value = Some(number("-2147483648"));
                c.max_value = Some(number("2147483647"));
                c.format = Some("None".into());
                c
            }
            4 | 5 => {
                let mut c = column(i, "ref", ColumnType::Lookup);
                c.targets = TARGETS[..1 + i % 3].iter().map(|t| t.to_string()).collect();
                c
            }
            6 => {
                let mut c = column(i, "choice", ColumnType::Picklist);
                c.options = (1..=5)
                    .map(|v| OptionValue::new(100_000_000 + v, format!("Option {v}")))
                    .collect();
                c.default_value = Some(DefaultValue::Integer(100_000_001));
                c
            }
            7 => {
                let mut c = column(i, "when", ColumnType::DateTime);
                c.format = Some("DateAndTime".into());
                c.date_time_behavior = Some("UserLocal".into());
                c
            }
            8 => {
                let mut c = column(i, "amount", ColumnType::Money);
                c.min_value = Some(number("-922337203685477"));
                c.max_value = Some(number("922337203685477"));
                c.precision = Some(2);
                c
            }
            _ => {
                let mut c = column(i, "flag", ColumnType::Boolean);
                c.options = vec![OptionValue::new(1, "Yes"), OptionValue::new(0, "No")];
                c.default_value = Some(DefaultValue::Bool(false));
                c
            }
        })
        .collect();
    table
}

fn generate(c: &mut Criterion) {
    let options = Options::default();
    let mut group = c.benchmark_group("generate");
    group
        .sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(6));

    let bundled = bundled_tables();
    let columns: usize = bundled.iter().map(|t| t.columns.len()).sum();
    group.throughput(Throughput::Elements(columns as u64));
    group.bench_function("bundled", |b| {
        b.iter_batched(
            || bundled.clone(),
            |tables| generate_file(tables, &options).expect("bundled tables generate"),
            criterion::BatchSize::LargeInput,
        )
    });

    let synthetic = synthetic_table(1000);
    assert_eq!(synthetic.columns.len(), 1000);
    group.throughput(Throughput::Elements(1000));
    group.bench_function("synthetic_1000", |b| {
        b.iter_batched(
            || vec![synthetic.clone()],
            |tables| generate_file(tables, &options).expect("synthetic table generates"),
            criterion::BatchSize::LargeInput,
        )
    });
    group.finish();
}

criterion_group!(benches, generate);
criterion_main!(benches);
