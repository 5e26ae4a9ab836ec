#!/usr/bin/env bash
# Import at catalog scale: `xtask import` (Rust, release build) against an
# idiomatic Python extraction of the same column facts
# (benches/python/extract.py: BeautifulSoup + lxml for HTML; for Markdown
# both a hand-written line scanner and the library route, Python-Markdown to
# HTML then BeautifulSoup ("md-as-html"); pandas for the result), on a
# synthetic catalog written by `xtask synth`.
#
# One run: builds xtask (release), generates the catalog in a temporary
# folder, times `xtask import` on all HTML pages, all Markdown pages and (for
# reference) all text pages, times extract.py on the same HTML and Markdown
# pages (Markdown both ways), checks that both found the same columns
# (count, then every column's type, MaxLength and validity against the
# YAML), and prints wall and CPU times, MiB/s and the python / rust ratio per
# form.
#
#   benches/compare.sh
#   TABLES=200 SEED=3 REPS=3 benches/compare.sh
#
# Environment:
#   TABLES  tables in the catalog (700)       SEED  catalog seed (1)
#   REPS    runs per measurement; the median is shown (1)
#   PYTHON  interpreter (python3); when it lacks the packages of
#           benches/python/requirements.txt, they are installed into a venv
#           in the temporary folder
#   KEEP=1  keep the temporary folder (pages, YAML, CSV, logs)
#
# `xtask import` writes each YAML file atomically (write, fsync, rename), so
# its wall time includes one fsync per table; extract.py writes one CSV
# without fsync. The CPU column shows the work without the waiting.
set -euo pipefail
trap 'echo "compare.sh: error: a command failed (line $LINENO)" >&2' ERR

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
tables=${TABLES:-700}
seed=${SEED:-1}
reps=${REPS:-1}
python=${PYTHON:-python3}
extract="$root/benches/python/extract.py"
requirements="$root/benches/python/requirements.txt"

die() {
    echo "compare.sh: error: $*" >&2
    exit 1
}

[[ $tables =~ ^[0-9]+$ && $reps =~ ^[1-9][0-9]*$ ]] || die "TABLES and REPS must be positive whole numbers"
command -v cargo >/dev/null || die "cargo is not on PATH"
command -v "$python" >/dev/null || die "$python not found (set PYTHON to a Python 3 interpreter)"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/dataverse-compare.XXXXXX")
cleanup() {
    if [[ ${KEEP:-0} == 1 ]]; then
        echo "kept $tmp" >&2
    else
        rm -rf "$tmp"
    fi
}
trap cleanup EXIT

# --- Rust: release build --------------------------------------------------
echo "building xtask (release)..." >&2
(cd "$root" && cargo build --release --quiet -p xtask) || die "cargo build --release -p xtask failed"
target_dir=$(cd "$root" && cargo metadata --format-version 1 --no-deps |
    "$python" -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')
xtask="$target_dir/release/xtask"
"$xtask" synth --help >/dev/null 2>&1 ||
    die "$xtask has no 'synth' command: wire xtask/src/synth.rs into xtask/src/main.rs"

# --- Python: packages -----------------------------------------------------
if ! "$python" -c 'import bs4, lxml, markdown, pandas' 2>/dev/null; then
    echo "Python packages missing for $python (beautifulsoup4, lxml, markdown, pandas);" \
        "installing $requirements into a venv in $tmp..." >&2
    "$python" -m venv "$tmp/venv" ||
        die "cannot create a venv with $python (on Debian: apt-get install python3-venv)"
    "$tmp/venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$requirements" ||
        die "pip install -r $requirements failed; install those packages, or set PYTHON to an interpreter that has them"
    python="$tmp/venv/bin/python"
fi
python_versions=$("$python" -c 'import sys, bs4, lxml.etree as e, markdown as m, pandas as p
print(f"Python {sys.version.split()[0]}, beautifulsoup4 {bs4.__version__}, lxml {e.__version__}, markdown {m.__version__}, pandas {p.__version__}")')

# --- The catalog ----------------------------------------------------------
pages="$tmp/pages"
"$xtask" synth --tables "$tables" --seed "$seed" --out "$pages" >"$tmp/synth.log" ||
    die "xtask synth failed: $(cat "$tmp/synth.log")"
cat "$tmp/synth.log" >&2

# --- Measuring ------------------------------------------------------------

# time_cmd LOG CMD...: runs CMD with stdout to LOG.out and stderr to LOG.err;
# appends "wall user+sys" seconds to LOG.times. Fails when CMD fails.
time_cmd() {
    local log=$1
    shift
    local TIMEFORMAT='%R %U %S' times
    if ! times=$({ time "$@" >"$log.out" 2>"$log.err"; } 2>&1); then
        die "failed: $* (see below)
$(tail -5 "$log.err")"
    fi
    awk '{ printf "%.3f %.3f\n", $1, $2 + $3 }' <<<"$times" >>"$log.times"
}

# median FILE FIELD: the median of column FIELD of FILE.
median() {
    sort -g -k"$2,$2" "$1" | awk -v f="$2" '{ v[NR] = $f } END {
        if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

mib() { find "$pages/$1" -type f -name "*.$2" -printf '%s\n' | awk '{ s += $1 } END { printf "%.1f", s / 1048576 }'; }

rust_columns() { grep -o '[0-9]* columns' "$1" | awk '{ s += $1 } END { print s + 0 }'; }

rows=()
status=0
# form:folder:extension:extract.py flag. "md-as-html" is the same Markdown
# pages read the library way (Python-Markdown to HTML, then BeautifulSoup).
for spec in html:html:html: markdown:md:md: md-as-html:md:md:--markdown-via-html text:text:txt:; do
    IFS=: read -r form dir ext flag <<<"$spec"
    files=("$pages/$dir"/*."$ext")
    size=$(mib "$dir" "$ext")
    echo "timing $form: ${#files[@]} pages, $size MiB, $reps run(s) each..." >&2
    for ((run = 1; run <= reps; run++)); do
        rm -rf "$tmp/yaml-$form"
        time_cmd "$tmp/rust-$form" "$xtask" import "${files[@]}" --out "$tmp/yaml-$form"
        if [[ $form != text ]]; then
            time_cmd "$tmp/python-$form" "$python" "$extract" ${flag:+"$flag"} --out "$tmp/python-$form.csv" "${files[@]}"
        fi
    done
    rust_wall=$(median "$tmp/rust-$form.times" 1)
    rust_cpu=$(median "$tmp/rust-$form.times" 2)
    rust_count=$(rust_columns "$tmp/rust-$form.out")
    if [[ $form == text ]]; then
        rows+=("$form $size ${#files[@]} $rust_count $rust_wall $rust_cpu - -")
        continue
    fi
    python_wall=$(median "$tmp/python-$form.times" 1)
    python_cpu=$(median "$tmp/python-$form.times" 2)
    python_count=$(($(wc -l <"$tmp/python-$form.csv") - 1))
    if [[ $python_count != "$rust_count" ]]; then
        echo "compare.sh: $form: rust found $rust_count columns, python $python_count" >&2
        status=1
    elif ! "$python" "$extract" --check-yaml "$tmp/yaml-$form" "$tmp/python-$form.csv" >&2; then
        status=1
    fi
    rows+=("$form $size ${#files[@]} $rust_count $rust_wall $rust_cpu $python_wall $python_cpu")
done

# --- Report ---------------------------------------------------------------
echo
echo "Import at catalog scale: $tables synthetic tables (seed $seed), median of $reps run(s), $(nproc) cores"
echo "rust: xtask import (release; one YAML per page, fsync'd); $python_versions"
echo
printf '%-10s %7s %6s %8s | %9s %8s %7s | %9s %8s %7s | %12s %11s\n' \
    form MiB pages columns "rust wall" "rust cpu" "MiB/s" "py wall" "py cpu" "MiB/s" "python/rust" "(cpu/cpu)"
for row in "${rows[@]}"; do
    read -r form size count columns rw rc pw pc <<<"$row"
    awk -v form="$form" -v size="$size" -v count="$count" -v columns="$columns" \
        -v rw="$rw" -v rc="$rc" -v pw="$pw" -v pc="$pc" 'BEGIN {
        rust_rate = (rw > 0 ? size / rw : 0)
        if (pw == "-") {
            printf "%-10s %7.1f %6d %8d | %8.2fs %7.2fs %7.1f | %9s %8s %7s | %12s %11s\n",
                form, size, count, columns, rw, rc, rust_rate, "-", "-", "-", "-", "-"
        } else {
            printf "%-10s %7.1f %6d %8d | %8.2fs %7.2fs %7.1f | %8.2fs %7.2fs %7.1f | %11.1fx %10.1fx\n",
                form, size, count, columns, rw, rc, rust_rate, pw, pc, (pw > 0 ? size / pw : 0),
                (rw > 0 ? pw / rw : 0), (rc > 0 ? pc / rc : 0)
        }
    }'
done
if ((status != 0)); then
    echo
    die "rust and python did not extract the same columns (KEEP=1 keeps the files to look at)"
fi
echo
echo "columns: rust and python agree on every column (name, Type, MaxLength, create/update validity)"
