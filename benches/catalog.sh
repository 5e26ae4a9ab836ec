#!/usr/bin/env bash
# The synthetic catalog end to end, as a user runs it: pages of one form
# imported and generated into one file by the release xtask, with wall
# time, CPU time and peak memory (GNU time). Also the import alone (pages ->
# YAML files) and the generation alone (YAML -> file).
#
#   benches/catalog.sh                 # 700 tables
#   TABLES=2000 benches/catalog.sh
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
tables=${TABLES:-700}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cargo build --quiet --release --manifest-path "$repo/Cargo.toml" -p xtask
xtask="$repo/target/release/xtask"
"$xtask" synth --tables "$tables" --out "$work/pages"

measure() { # label, command...
    local label=$1
    shift
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" > /dev/null
    read -r wall user sys peak < "$work/time"
    printf '%-28s %8s %8s %10s\n' "$label" "$wall" "$(echo "$user + $sys" | bc)" "$((peak / 1024))"
}

echo "$tables tables, $(nproc) cores"
printf '%-28s %8s %8s %10s\n' step "wall s" "cpu s" "peak MiB"
for form in md text html; do
    measure "$form: pages -> Rust" "$xtask" generate --pages "$work/pages/$form" --out "$work/$form.rs"
done
measure "md: pages -> YAML" "$xtask" import "$work"/pages/md/* --out "$work/yaml"
measure "YAML -> Rust" "$xtask" generate --schema "$work/yaml" --out "$work/yaml.rs"
