//! `cargo xtask fuzz`: run the libFuzzer targets in `fuzz/` one after another.
//!
//! Needs `cargo-fuzz` (`cargo install cargo-fuzz --locked`); installs
//! nothing itself. The stable toolchain is enough: `cargo fuzz` is run with
//! `RUSTC_BOOTSTRAP=1`, which lets stable rustc take the sanitizer flags.
//!
//! For each target, an empty `fuzz/corpus/<target>/` is first seeded from
//! the shared pages (`../shared/pages/{text,md,html}`) or, for `yaml_load`,
//! from `schema/tables/*.yaml`. libFuzzer's output goes to
//! `fuzz/logs/<target>.log`; the summary gives the number of executions and
//! the corpus size per target, and the path of every crashing input. The
//! exit status is non-zero when any target crashed (panic, abort, sanitizer
//! report, timeout or out-of-memory) or could not be run.

use std::fs;
use std::io::{BufRead, BufReader, Write as _};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use crate::{workspace_root, Failed};

/// The fuzz targets, in the order they run, with where their seeds are.
const TARGETS: [Target; 4] = [
    Target {
        name: "import_text",
        seeds: Seeds::SharedPages("text", "txt"),
    },
    Target {
        name: "import_markdown",
        seeds: Seeds::SharedPages("md", "md"),
    },
    Target {
        name: "import_html",
        seeds: Seeds::SharedPages("html", "html"),
    },
    Target {
        name: "yaml_load",
        seeds: Seeds::Repository("schema/tables", "yaml"),
    },
];

/// Seconds one input may take before libFuzzer reports it as a timeout (a
/// crash). A later `-timeout=` among the extra arguments overrides it.
const UNIT_TIMEOUT_SECS: u32 = 30;

struct Target {
    name: &'static str,
    seeds: Seeds,
}

enum Seeds {
    /// `../shared/pages/<folder>/*.<extension>`, beside the repository.
    SharedPages(&'static str, &'static str),
    /// `<folder>/*.<extension>` inside the repository.
    Repository(&'static str, &'static str),
}

/// Arguments of `fuzz`.
#[derive(clap::Args)]
pub struct Args {
    /// Fuzz only this target (default: all, one after another).
    #[arg(long, value_name = "NAME", value_parser = clap::builder::PossibleValuesParser::new(TARGETS.map(|t| t.name)))]
    target: Option<String>,
    /// Seconds to fuzz each target (libFuzzer's -max_total_time).
    #[arg(long, value_name = "N", default_value_t = 60)]
    seconds: u64,
    /// Fuzzing processes per target (cargo fuzz --jobs; 1 = no fork mode).
    #[arg(long, value_name = "N", default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..))]
    jobs: u32,
    /// Extra libFuzzer options, after `--` (for example `-- -max_len=4096`).
    #[arg(last = true, value_name = "LIBFUZZER_ARG")]
    libfuzzer_args: Vec<String>,
}

/// What one target's run came to.
struct Outcome {
    target: &'static str,
    executions: Option<u64>,
    /// libFuzzer's own executions per second (fuzzing time only).
    exec_per_sec: Option<u64>,
    /// Wall-clock time, the build included.
    elapsed_secs: f64,
    corpus_files: usize,
    corpus_bytes: u64,
    status: Status,
}

enum Status {
    Ok,
    /// libFuzzer saved a crashing input (panic, abort, timeout, OOM...).
    Crashed {
        artifacts: Vec<String>,
        panic: Option<String>,
    },
    /// The run failed without a crashing input (build error, cargo-fuzz error).
    Failed(String),
}

pub fn run(args: &Args) -> Result<(), Failed> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    check_cargo_fuzz(&cargo)?;

    let root = workspace_root();
    let fuzz_dir = root.join("fuzz");
    if !fuzz_dir.join("Cargo.toml").is_file() {
        eprintln!("error: {} has no Cargo.toml", fuzz_dir.display());
        return Err(Failed);
    }
    let log_dir = fuzz_dir.join("logs");
    if let Err(error) = fs::create_dir_all(&log_dir) {
        eprintln!("error: cannot create {}: {error}", log_dir.display());
        return Err(Failed);
    }

    let targets: Vec<&Target> = TARGETS
        .iter()
        .filter(|t| args.target.as_deref().is_none_or(|name| name == t.name))
        .collect();
    let mut outcomes = Vec::new();
    for target in targets {
        let corpus = fuzz_dir.join("corpus").join(target.name);
        seed_corpus(&root, target, &corpus)?;
        outcomes.push(run_target(&cargo, &root, &log_dir, target, &corpus, args));
    }

    print_summary(&outcomes);
    if outcomes.iter().all(|o| matches!(o.status, Status::Ok)) {
        Ok(())
    } else {
        Err(Failed)
    }
}

/// Fails with install instructions when `cargo fuzz` is not available.
fn check_cargo_fuzz(cargo: &std::ffi::OsStr) -> Result<(), Failed> {
    let output = Command::new(cargo)
        .args(["fuzz", "--version"])
        .stdin(Stdio::null())
        .output();
    match output {
        Ok(output) if output.status.success() => {
            let version = String::from_utf8_lossy(&output.stdout);
            println!("using {}", version.trim());
            Ok(())
        }
        Ok(output) => {
            let stderr = String::from_utf8_lossy(&output.stderr);
            eprintln!(
                "error: `cargo fuzz --version` failed: {}\n\
                 cargo-fuzz is needed to fuzz; install it with:\n\n    \
                 cargo install cargo-fuzz --locked\n",
                stderr.lines().next().unwrap_or("(no message)").trim()
            );
            Err(Failed)
        }
        Err(error) => {
            eprintln!("error: cannot run `cargo fuzz --version`: {error}");
            Err(Failed)
        }
    }
}

/// Copies the target's seed files into its corpus folder when that folder is
/// missing or empty. Missing seeds are a warning: libFuzzer starts from an
/// empty corpus then.
fn seed_corpus(root: &Path, target: &Target, corpus: &Path) -> Result<(), Failed> {
    if let Err(error) = fs::create_dir_all(corpus) {
        eprintln!("error: cannot create {}: {error}", corpus.display());
        return Err(Failed);
    }
    let is_empty = fs::read_dir(corpus)
        .map(|mut entries| entries.next().is_none())
        .unwrap_or(true);
    if !is_empty {
        return Ok(());
    }
    let (source, extension) = match target.seeds {
        Seeds::SharedPages(folder, extension) => (
            root.parent()
                .unwrap_or(root)
                .join("shared/pages")
                .join(folder),
            extension,
        ),
        Seeds::Repository(folder, extension) => (root.join(folder), extension),
    };
    let mut seeds: Vec<PathBuf> = match fs::read_dir(&source) {
        Ok(entries) => entries
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .filter(|path| path.is_file() && path.extension().is_some_and(|e| e == extension))
            .collect(),
        Err(error) => {
            eprintln!(
                "warning: no seeds for {}: cannot read {}: {error}; starting from an empty corpus",
                target.name,
                source.display()
            );
            return Ok(());
        }
    };
    seeds.sort();
    for seed in &seeds {
        let name = seed.file_name().expect("a listed file has a name");
        if let Err(error) = fs::copy(seed, corpus.join(name)) {
            eprintln!(
                "error: cannot copy {} into {}: {error}",
                seed.display(),
                corpus.display()
            );
            return Err(Failed);
        }
    }
    println!(
        "seeded {} with {} file(s) from {}",
        corpus.display(),
        seeds.len(),
        source.display()
    );
    Ok(())
}

/// Runs `cargo fuzz run <target>` for the given time, logging its output.
fn run_target(
    cargo: &std::ffi::OsStr,
    root: &Path,
    log_dir: &Path,
    target: &Target,
    corpus: &Path,
    args: &Args,
) -> Outcome {
    let log_path = log_dir.join(format!("{}.log", target.name));
    println!(
        "fuzzing {} for {} s with {} job(s) (libFuzzer output: {})",
        target.name,
        args.seconds,
        args.jobs,
        log_path.display()
    );
    let _ = std::io::stdout().flush();
    let started = Instant::now();
    let mut outcome = Outcome {
        target: target.name,
        executions: None,
        exec_per_sec: None,
        elapsed_secs: 0.0,
        corpus_files: 0,
        corpus_bytes: 0,
        status: Status::Ok,
    };

    let mut log = match fs::File::create(&log_path) {
        Ok(file) => std::io::BufWriter::new(file),
        Err(error) => {
            outcome.status =
                Status::Failed(format!("cannot create {}: {error}", log_path.display()));
            return outcome;
        }
    };
    let mut command = Command::new(cargo);
    command
        .current_dir(root)
        .env("RUSTC_BOOTSTRAP", "1")
        .args(["fuzz", "run", "--fuzz-dir", "fuzz", "--jobs"])
        .arg(args.jobs.to_string())
        .arg(target.name)
        .arg(corpus)
        .arg("--")
        .arg(format!("-max_total_time={}", args.seconds))
        .arg(format!("-timeout={UNIT_TIMEOUT_SECS}"))
        .arg("-print_final_stats=1")
        .args(&args.libfuzzer_args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = match command.spawn() {
        Ok(child) => child,
        Err(error) => {
            outcome.status = Status::Failed(format!("cannot run cargo fuzz: {error}"));
            return outcome;
        }
    };

    // cargo fuzz prints to stdout, cargo and libFuzzer to stderr; both are
    // read line by line into one log and one scan.
    let (sender, receiver) = std::sync::mpsc::channel::<Vec<u8>>();
    let stdout = child.stdout.take().expect("stdout is piped");
    let stderr = child.stderr.take().expect("stderr is piped");
    let readers = [
        spawn_reader(Box::new(stdout), sender.clone()),
        spawn_reader(Box::new(stderr), sender),
    ];
    let mut scan = Scan::default();
    for line in receiver {
        let _ = log.write_all(&line);
        let text = String::from_utf8_lossy(&line);
        scan.line(text.trim_end());
    }
    for reader in readers {
        let _ = reader.join();
    }
    let _ = log.flush();
    let status = child.wait();
    outcome.elapsed_secs = started.elapsed().as_secs_f64();
    outcome.executions = scan.executions();
    outcome.exec_per_sec = scan.exec_per_sec;
    (outcome.corpus_files, outcome.corpus_bytes) = corpus_size(corpus);

    let succeeded = matches!(&status, Ok(s) if s.success());
    if !scan.artifacts.is_empty() {
        outcome.status = Status::Crashed {
            artifacts: scan.artifacts.clone(),
            panic: scan.panic.clone(),
        };
    } else if !succeeded {
        let why = match status {
            Ok(status) => format!("cargo fuzz exited with {status}"),
            Err(error) => format!("cannot wait for cargo fuzz: {error}"),
        };
        outcome.status = Status::Failed(why);
    }
    if !matches!(outcome.status, Status::Ok) {
        eprintln!("--- last lines of {}:", log_path.display());
        for line in &scan.tail {
            eprintln!("{line}");
        }
        eprintln!("---");
    }
    outcome
}

fn spawn_reader(
    stream: Box<dyn std::io::Read + Send>,
    sender: std::sync::mpsc::Sender<Vec<u8>>,
) -> std::thread::JoinHandle<()> {
    std::thread::spawn(move || {
        let mut reader = BufReader::new(stream);
        loop {
            let mut line = Vec::new();
            match reader.read_until(b'\n', &mut line) {
                Ok(0) | Err(_) => break,
                Ok(_) => {
                    if sender.send(line).is_err() {
                        break;
                    }
                }
            }
        }
    })
}

/// What is read from libFuzzer's output.
#[derive(Default)]
struct Scan {
    /// `Done N runs in S second(s)`.
    done_runs: Option<u64>,
    /// `stat::number_of_executed_units: N` (printed after a crash too).
    stat_runs: Option<u64>,
    /// `stat::average_exec_per_sec: N`.
    exec_per_sec: Option<u64>,
    /// The latest `#N` progress line (fork mode prints only these).
    progress_runs: Option<u64>,
    /// `Test unit written to <path>`.
    artifacts: Vec<String>,
    /// The first panic message: `thread '...' panicked at ...` and its text.
    panic: Option<String>,
    panic_open: bool,
    /// The last lines, shown when the run fails.
    tail: std::collections::VecDeque<String>,
}

impl Scan {
    const TAIL: usize = 40;

    fn line(&mut self, line: &str) {
        if self.tail.len() == Self::TAIL {
            self.tail.pop_front();
        }
        self.tail.push_back(line.to_string());

        if self.panic_open {
            // The message runs until the `note:` line or a blank line.
            if line.is_empty() || line.starts_with("note:") || line.starts_with("==") {
                self.panic_open = false;
            } else if let Some(panic) = &mut self.panic {
                panic.push('\n');
                panic.push_str(line);
            }
        }
        if self.panic.is_none() && line.starts_with("thread '") && line.contains("panicked at") {
            self.panic = Some(line.to_string());
            self.panic_open = true;
        }
        if let Some(rest) = line.strip_prefix("Done ") {
            self.done_runs = first_number(rest);
        } else if let Some(rest) = line.strip_prefix("stat::number_of_executed_units:") {
            self.stat_runs = first_number(rest);
        } else if let Some(rest) = line.strip_prefix("stat::average_exec_per_sec:") {
            self.exec_per_sec = first_number(rest);
        } else if let Some(rest) = line.strip_prefix('#') {
            if let Some(n) = first_number(rest) {
                self.progress_runs = Some(n);
            }
        }
        if let Some((_, path)) = line.split_once("Test unit written to ") {
            let path = path.trim().to_string();
            if !self.artifacts.contains(&path) {
                self.artifacts.push(path);
            }
        }
    }

    fn executions(&self) -> Option<u64> {
        self.stat_runs.or(self.done_runs).or(self.progress_runs)
    }
}

/// The leading decimal number of `text` (after spaces).
fn first_number(text: &str) -> Option<u64> {
    let text = text.trim_start();
    let end = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    text[..end].parse().ok()
}

/// Files and bytes in a corpus folder.
fn corpus_size(corpus: &Path) -> (usize, u64) {
    let Ok(entries) = fs::read_dir(corpus) else {
        return (0, 0);
    };
    entries
        .filter_map(|entry| entry.ok()?.metadata().ok())
        .filter(|meta| meta.is_file())
        .fold((0, 0), |(files, bytes), meta| {
            (files + 1, bytes + meta.len())
        })
}

fn print_summary(outcomes: &[Outcome]) {
    println!();
    println!(
        "{:<16} {:>8} {:>12} {:>8} {:>16}  result",
        "target", "wall s", "executions", "exec/s", "corpus"
    );
    for o in outcomes {
        let executions = o.executions.map_or("?".to_string(), |n| n.to_string());
        // libFuzzer's figure counts fuzzing time only; the fallback (fork
        // mode, or a run that stopped early) counts the build too.
        let rate = match (o.exec_per_sec, o.executions) {
            (Some(rate), _) => rate.to_string(),
            (None, Some(n)) => format!("{:.0}", n as f64 / o.elapsed_secs.max(1.0)),
            (None, None) => "?".to_string(),
        };
        let corpus = format!(
            "{} / {:.1} MiB",
            o.corpus_files,
            o.corpus_bytes as f64 / (1024.0 * 1024.0)
        );
        let result = match &o.status {
            Status::Ok => "ok".to_string(),
            Status::Crashed { artifacts, .. } => format!("CRASH ({} input(s))", artifacts.len()),
            Status::Failed(why) => format!("FAILED: {why}"),
        };
        println!(
            "{:<16} {:>8.0} {:>12} {:>8} {:>16}  {result}",
            o.target, o.elapsed_secs, executions, rate, corpus
        );
    }
    for o in outcomes {
        if let Status::Crashed { artifacts, panic } = &o.status {
            eprintln!();
            eprintln!("error: {} crashed", o.target);
            if let Some(panic) = panic {
                eprintln!("{panic}");
            }
            for artifact in artifacts {
                eprintln!("  crashing input: {artifact}");
                eprintln!(
                    "  reproduce:      RUSTC_BOOTSTRAP=1 cargo fuzz run --fuzz-dir fuzz {} {artifact}",
                    o.target
                );
                eprintln!(
                    "  minimize:       RUSTC_BOOTSTRAP=1 cargo fuzz tmin --fuzz-dir fuzz {} {artifact}",
                    o.target
                );
            }
        }
    }
}
