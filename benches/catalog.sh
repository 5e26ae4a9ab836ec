#!/usr/bin/env bash
# The synthetic catalog end to end, as a user runs it: pages of one form
# imported and generated into one file by the release xtask, with wall
# time, CPU time and peak memory (GNU time). Also the import alone (pages ->
# YAML files) and the generation alone (YAML -> file).
#
# Each step runs REPS times, into a fresh output each time (no "unchanged,
# not written" shortcut); the run with the median wall time is shown. The
# steps are measured round-robin so that a slow spell of the machine does
# not land on one step only.
#
# BASELINE=<path of another xtask binary> measures every step with that
# binary too, in the same rounds, and prints the ratio baseline / this one
# (e.g. the release xtask of an earlier commit, built in a git worktree).
#
#   benches/catalog.sh                 # 700 tables, 3 runs per step
#   TABLES=2000 REPS=5 benches/catalog.sh
#   BASELINE=/tmp/old/target/release/xtask REPS=5 benches/catalog.sh
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
tables=${TABLES:-700}
reps=${REPS:-3}
[[ $tables =~ ^[0-9]+$ && $reps =~ ^[1-9][0-9]*$ ]] || {
    echo "catalog.sh: TABLES and REPS must be positive whole numbers" >&2
    exit 1
}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cargo build --quiet --release --manifest-path "$repo/Cargo.toml" -p xtask
xtask="$repo/target/release/xtask"
"$xtask" synth --tables "$tables" --out "$work/pages"
# The YAML the last step reads.
"$xtask" import "$work"/pages/md/* --out "$work/yaml" > /dev/null

steps=(
    "md: pages -> Rust|generate --pages $work/pages/md --out $work/out/md.rs"
    "text: pages -> Rust|generate --pages $work/pages/text --out $work/out/text.rs"
    "html: pages -> Rust|generate --pages $work/pages/html --out $work/out/html.rs"
    "md: pages -> YAML|import $work/pages/md/* --out $work/out/yaml"
    "YAML -> Rust|generate --schema $work/yaml --out $work/out/yaml.rs"
)

binaries=(this)
if [[ -n ${BASELINE:-} ]]; then
    [[ -x $BASELINE ]] || {
        echo "catalog.sh: BASELINE=$BASELINE is not an executable" >&2
        exit 1
    }
    binaries+=(baseline)
fi

for ((run = 1; run <= reps; run++)); do
    echo "run $run/$reps..." >&2
    for index in "${!steps[@]}"; do
        IFS='|' read -r _ arguments <<<"${steps[$index]}"
        for binary in "${binaries[@]}"; do
            program=$xtask
            [[ $binary == baseline ]] && program=$BASELINE
            rm -rf "$work/out"
            mkdir "$work/out"
            # Word splitting of $arguments is intended (no spaces in $work).
            # shellcheck disable=SC2086
            /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$program" $arguments > /dev/null
            cat "$work/time" >> "$work/times.$binary.$index"
        done
    done
done

# median FILE: "wall cpu peak-MiB all-walls" of the run with the median wall.
median() {
    sort -g -k1,1 "$1" | awk '
        { wall[NR] = $1; cpu[NR] = $2 + $3; peak[NR] = $4; walls = walls (NR > 1 ? " " : "") $1 }
        END { m = int((NR + 1) / 2); printf "%.2f %.2f %d %s\n", wall[m], cpu[m], peak[m] / 1024, walls }'
}

echo "$tables tables, $(nproc) cores, median of $reps run(s)"
for binary in "${binaries[@]}"; do
    [[ $binary == baseline ]] && echo && echo "baseline: $BASELINE"
    printf '%-28s %8s %8s %10s   %s\n' step "wall s" "cpu s" "peak MiB" "all walls"
    for index in "${!steps[@]}"; do
        IFS='|' read -r label _ <<<"${steps[$index]}"
        read -r wall cpu peak walls <<<"$(median "$work/times.$binary.$index")"
        printf '%-28s %8.2f %8.2f %10d   %s\n' "$label" "$wall" "$cpu" "$peak" "$walls"
    done
done
if [[ -n ${BASELINE:-} ]]; then
    echo
    printf '%-28s %14s %14s\n' step "wall ratio" "cpu ratio"
    for index in "${!steps[@]}"; do
        IFS='|' read -r label _ <<<"${steps[$index]}"
        read -r wall cpu _ <<<"$(median "$work/times.this.$index")"
        read -r base_wall base_cpu _ <<<"$(median "$work/times.baseline.$index")"
        awk -v label="$label" -v w="$wall" -v c="$cpu" -v bw="$base_wall" -v bc="$base_cpu" \
            'BEGIN { printf "%-28s %13.2fx %13.2fx\n", label, bw / w, bc / c }'
    done
fi
