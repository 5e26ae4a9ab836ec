//! Import time against page size: 1x, 10x and 100x a page's writable
//! columns, for the Markdown and text forms.
//!
//! `cargo bench -p dataverse-import --bench linearity`. The pages are the
//! shared account page (`../shared/pages`) with its writable column
//! sections repeated under unique names (`X_c1`, `x_c1`, ...); in the
//! Markdown form each copy is also listed at the top of the section, as
//! real pages list their columns. Criterion reports the time per import and
//! the throughput (MiB/s) of each size: linear import keeps the throughput
//! flat, and the 100x time about 10 times the 10x time. At the end a
//! summary line per form gives those ratios from the medians.
//!
//! The tests (`tests/tests/big_inputs.rs`) check what can be checked
//! without a clock (column counts, memory from an allocation counter);
//! timing belongs here. The page helpers are also in that test file: the
//! two live in different crates.

use std::path::Path;
use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use dataverse_import::Form;

fn page(relative: &str) -> Option<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../shared/pages")
        .join(relative);
    match std::fs::read_to_string(&path) {
        Ok(text) => Some(text),
        Err(e) => {
            eprintln!("skipping {relative}: {}: {e}", path.display());
            None
        }
    }
}

/// The Markdown page with its writable columns `copies` times.
fn markdown_copies(page: &str, copies: usize) -> String {
    let writable = page
        .find("## Writable columns/attributes")
        .expect("a writable columns section");
    let first = writable + page[writable..].find("\n### ").expect("a column section") + 1;
    let end = first + page[first..].find("\n## ").expect("a following section") + 1;
    let list_end = {
        let last_item = page[..first].rfind("\n- [").expect("a list of columns") + 1;
        last_item + page[last_item..].find('\n').unwrap() + 1
    };
    let mut sections = Vec::new();
    let mut rest = &page[first..end];
    while !rest.is_empty() {
        let next = rest[4..].find("\n### ").map_or(rest.len(), |i| i + 4 + 1);
        sections.push(&rest[..next]);
        rest = &rest[next..];
    }
    let mut list = String::new();
    let mut copied = String::new();
    for copy in 1..copies {
        for section in &sections {
            let (heading, body) = section.split_once('\n').unwrap();
            let schema = format!("{}_c{copy}", heading.rsplit("</a>").next().unwrap().trim());
            list.push_str(&format!("- [{schema}](#BKMK_{schema})\n"));
            copied.push_str(&format!("### <a name=\"BKMK_{schema}\"></a> {schema}\n"));
            for line in body.split_inclusive('\n') {
                match line.strip_prefix("|LogicalName|") {
                    Some(logical) => {
                        let logical = logical.trim_end().trim_end_matches('|');
                        copied.push_str(&format!("|LogicalName|{logical}_c{copy}|\n"));
                    }
                    None => copied.push_str(line),
                }
            }
        }
    }
    [
        &page[..list_end],
        &list,
        &page[list_end..end],
        &copied,
        &page[end..],
    ]
    .concat()
}

/// The copied-text page with its writable columns `copies` times.
fn text_copies(page: &str, copies: usize) -> String {
    let lines: Vec<&str> = page.split_inclusive('\n').collect();
    let bare = |i: usize| lines.get(i).map_or("", |l| l.trim_end());
    let writable = (0..lines.len())
        .find(|&i| bare(i) == "Writable columns/attributes")
        .expect("a writable columns section");
    let end = (writable..lines.len())
        .find(|&i| bare(i) == "Read-only columns/attributes")
        .expect("a read-only columns section");
    let start = (writable..end)
        .find(|&i| {
            !bare(i).is_empty()
                && !bare(i).contains(' ')
                && bare(i + 1).is_empty()
                && bare(i + 2) == "Property Value"
        })
        .expect("a column section");
    let mut copied = String::new();
    for copy in 1..copies {
        let mut schema = "";
        for (index, line) in lines[start..end].iter().enumerate() {
            let at = start + index;
            let is_heading = !bare(at).is_empty()
                && !bare(at).contains(' ')
                && bare(at + 1).is_empty()
                && bare(at + 2) == "Property Value";
            if is_heading {
                schema = bare(at);
                copied.push_str(&format!("{schema}_c{copy}\n"));
            } else if let Some(logical) = line.strip_prefix("LogicalName ") {
                copied.push_str(&format!("LogicalName {}_c{copy}\n", logical.trim_end()));
            } else if line.trim_end() == format!("{schema} Choices/Options") {
                copied.push_str(&format!("{schema}_c{copy} Choices/Options\n"));
            } else {
                copied.push_str(line);
            }
        }
    }
    [lines[..end].concat(), copied, lines[end..].concat()].concat()
}

const SIZES: [usize; 3] = [1, 10, 100];

fn linearity(c: &mut Criterion) {
    let mut group = c.benchmark_group("linearity");
    group.sample_size(10);
    group.warm_up_time(Duration::from_millis(500));
    let mut summaries = Vec::new();
    for (name, relative, form, build) in [
        (
            "markdown",
            "md/account.md",
            Form::Markdown,
            markdown_copies as fn(&str, usize) -> String,
        ),
        ("text", "text/account.txt", Form::Text, text_copies),
    ] {
        let Some(base) = page(relative) else {
            continue;
        };
        let mut medians = Vec::new();
        for copies in SIZES {
            let page = build(&base, copies);
            let columns = dataverse_import::import_str_as(&page, form)
                .expect("the page imports")
                .columns
                .len();
            group.throughput(Throughput::Bytes(page.len() as u64));
            group.bench_with_input(
                BenchmarkId::new(name, format!("{copies}x ({columns} columns)")),
                &page,
                |b, page| {
                    b.iter(|| {
                        let table =
                            dataverse_import::import_str_as(page, form).expect("the page imports");
                        std::hint::black_box(table);
                    })
                },
            );
            // One more timing for the summary line (criterion keeps its
            // statistics to itself).
            let mut times: Vec<Duration> = (0..3)
                .map(|_| {
                    let started = Instant::now();
                    std::hint::black_box(dataverse_import::import_str_as(&page, form).unwrap());
                    started.elapsed()
                })
                .collect();
            times.sort();
            medians.push(times[1]);
        }
        if let [one, ten, hundred] = medians[..] {
            summaries.push(format!(
                "{name}: 1x {one:.1?}, 10x {ten:.1?}, 100x {hundred:.1?}; 10x/1x = {:.1}, 100x/10x = {:.1} (linear: about 10)",
                ten.as_secs_f64() / one.as_secs_f64(),
                hundred.as_secs_f64() / ten.as_secs_f64(),
            ));
        }
    }
    group.finish();
    for summary in summaries {
        println!("{summary}");
    }
}

criterion_group!(benches, linearity);
criterion_main!(benches);
