#!/usr/bin/env bash
# Compile cost of the generated crate (`dataverse-generated`): the wall time
# of `cargo check` of that crate alone, for one table's feature against all
# of them, as a user depending on it sees it.
#
# For each configuration a scratch crate under a temporary folder depends on
# `generated/` by path with those features. Its dependencies (the `dataverse`
# runtime, serde_json, chrono, ...) are checked once first (warm); then each
# measurement removes only `dataverse-generated`'s artifacts
# (`cargo clean -p dataverse-generated`) and times `cargo check`. The
# configurations are measured round-robin, REPS rounds, and the median of each
# is printed, with its ratio to `full` and the cost per column
# ((full - none) / columns of all tables).
#
# Usage: benches/compile-cost.sh            (from anywhere)
#   REPS=5 benches/compile-cost.sh          (more rounds; default 3)
#   CONFIGS="agentprompt full none" ...     (a subset; `none` = no table feature)
#   KEEP=1 ...                              (keep the scratch folder, printed)

set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
GENERATED="$REPO/generated"
TABLES="$REPO/schema/tables"
REPS="${REPS:-3}"
read -r -a CONFIGS <<<"${CONFIGS:-agentprompt processsession full none}"

for tool in cargo awk sort date; do
    command -v "$tool" >/dev/null || { echo "error: $tool not found" >&2; exit 1; }
done
[[ -f "$GENERATED/Cargo.toml" ]] || { echo "error: $GENERATED/Cargo.toml missing" >&2; exit 1; }
[[ "$REPS" =~ ^[1-9][0-9]*$ ]] || { echo "error: REPS must be a positive integer" >&2; exit 1; }

SCRATCH="$(mktemp -d "${TMPDIR:-/tmp}/compile-cost.XXXXXX")"
cleanup() {
    if [[ "${KEEP:-0}" == 1 ]]; then
        echo "scratch kept in $SCRATCH" >&2
    else
        rm -rf "$SCRATCH"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The `[features]` table of generated/Cargo.toml as "name = a b c" lines.
FEATURES="$(awk '
    /^\[/ { in_features = ($0 == "[features]"); next }
    in_features && /=/ {
        name = $1; list = $0
        sub(/^[^=]*=[[:space:]]*\[/, "", list); sub(/\].*$/, "", list)
        gsub(/[",]/, " ", list)
        print name " =" list
    }' "$GENERATED/Cargo.toml")"

# The tables a feature turns on, its own and those it implies, one a line.
tables_of() {
    local feature="$1" implied
    implied="$(awk -v f="$feature" '$1 == f { for (i = 3; i <= NF; i++) print $i }' <<<"$FEATURES")"
    if [[ -f "$TABLES/$feature.yaml" ]]; then
        echo "$feature"
    fi
    local next
    for next in $implied; do
        tables_of "$next"
    done
}

# Columns of a table: the top-level `columns:` items of its YAML.
columns_of() {
    awk '
        /^[a-z_]+:/ { in_columns = ($1 == "columns:"); next }
        in_columns && /^- logical_name:/ { n++ }
        END { print n + 0 }' "$TABLES/$1.yaml"
}

# "tables columns" of a configuration.
describe() {
    local config="$1" tables=() total=0 t
    if [[ "$config" != none ]]; then
        mapfile -t tables < <(tables_of "$config" | sort -u)
    fi
    for t in "${tables[@]}"; do
        total=$((total + $(columns_of "$t")))
    done
    local names
    if ((${#tables[@]} > 3)); then
        names="${#tables[@]}-tables"
    else
        names="$(IFS=,; echo "${tables[*]:-}")"
    fi
    echo "${names:--} $total"
}

# One scratch crate per configuration, each with its own target folder.
LOCK="$REPO/Cargo.lock"
for config in "${CONFIGS[@]}"; do
    dir="$SCRATCH/$config"
    mkdir -p "$dir/src"
    if [[ "$config" == none ]]; then
        features="[]"
    else
        features="[\"$config\"]"
    fi
    cat >"$dir/Cargo.toml" <<EOF
[package]
name = "compile-cost-$(tr '_' '-' <<<"$config")"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
dataverse-generated = { path = "$GENERATED", default-features = false, features = $features }

[workspace]
EOF
    echo "pub use dataverse_generated as generated;" >"$dir/src/lib.rs"
    # The repository's lock file, so the runtime's dependencies resolve to
    # the versions the workspace uses.
    [[ -f "$LOCK" ]] && cp "$LOCK" "$dir/Cargo.lock"
    echo "warming $config ..." >&2
    (cd "$dir" && cargo check --quiet)
done

now() { date +%s.%N; }

# times[config] = space-separated seconds.
declare -A times
for ((round = 1; round <= REPS; round++)); do
    for config in "${CONFIGS[@]}"; do
        dir="$SCRATCH/$config"
        (cd "$dir" && cargo clean --quiet -p dataverse-generated)
        start="$(now)"
        (cd "$dir" && cargo check --quiet)
        end="$(now)"
        t="$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')"
        times[$config]="${times[$config]:-} $t"
        echo "round $round/$REPS  $config  ${t} s" >&2
    done
done

median() {
    tr ' ' '\n' <<<"$1" | awk 'NF' | sort -g |
        awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

declare -A med
for config in "${CONFIGS[@]}"; do
    med[$config]="$(median "${times[$config]}")"
done

echo
echo "cargo check of dataverse-generated, median of $REPS (wall seconds), $(date -u +%Y-%m-%d)"
echo
printf '| %-16s | %-22s | %7s | %8s | %-23s | %13s |\n' \
    configuration tables columns "check s" "runs s" "ratio to full"
printf '|%s|%s|%s|%s|%s|%s|\n' \
    "------------------" "------------------------" "---------" "----------" "-------------------------" "---------------"
for config in "${CONFIGS[@]}"; do
    read -r names cols <<<"$(describe "$config")"
    ratio="-"
    if [[ -n "${med[full]:-}" ]]; then
        ratio="$(awk -v a="${med[$config]}" -v b="${med[full]}" 'BEGIN { printf "%.2f", a / b }')"
    fi
    printf '| %-16s | %-22s | %7s | %8s | %-23s | %13s |\n' \
        "$config" "$names" "$cols" "${med[$config]}" \
        "$(sed 's/^ //; s/ /, /g' <<<"${times[$config]}")" "$ratio"
done

if [[ -n "${med[full]:-}" && -n "${med[none]:-}" ]]; then
    read -r _ all_columns <<<"$(describe full)"
    echo
    awk -v f="${med[full]}" -v n="${med[none]}" -v c="$all_columns" 'BEGIN {
        d = f - n
        printf "per column: (full - none) / %d columns = (%.3f - %.3f) s / %d = %.2f ms/column (%.2f s per 1,000 columns)\n", c, f, n, c, 1000 * d / c, 1000 * d / c
    }'
fi
