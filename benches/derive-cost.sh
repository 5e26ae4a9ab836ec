#!/usr/bin/env bash
# Compile cost of #[derive(Entity)]: a crate with 100 derived structs
# against the same 100 structs without the derive. Prints the median wall
# time of `cargo check` and `cargo build` of the crate alone (dependencies
# built first), and the ratio.
#
#   benches/derive-cost.sh            # 3 rounds
#   REPS=5 benches/derive-cost.sh
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
reps=${REPS:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export CARGO_TARGET_DIR="$work/target"

make_crate() { # name, derive (yes|no)
    local dir="$work/$1"
    mkdir -p "$dir/src"
    local features='features = ["derive"]'
    cat > "$dir/Cargo.toml" <<TOML
[package]
name = "$1"
version = "0.1.0"
edition = "2021"

[dependencies]
dataverse = { path = "$repo/runtime", $features }

[workspace]
TOML
    {
        echo "#![allow(dead_code)]"
        echo "use dataverse::EntityRef;"
        for i in $(seq 1 100); do
            if [ "$2" = yes ]; then
                echo "#[derive(Debug, Default, dataverse::Entity)]"
                echo "#[entity(table = \"processsession\", schema = \"$repo/schema/tables/processsession.yaml\")]"
            else
                echo "#[derive(Debug, Default)]"
            fi
            cat <<RUST
pub struct Run$i {
    pub name: Option<String>,
    pub comments: Option<String>,
    pub executed_by: Option<EntityRef>,
    pub error_code: Option<i32>,
    pub status_code: Option<i32>,
}
RUST
        done
    } > "$dir/src/lib.rs"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

time_cmd() { # dir, cargo subcommand
    local start end
    touch "$1/src/lib.rs"
    start=$(date +%s.%N)
    (cd "$1" && cargo "$2" --quiet --offline)
    end=$(date +%s.%N)
    echo "$end - $start" | bc
}

make_crate with_derive yes
make_crate without_derive no
for crate in with_derive without_derive; do
    (cd "$work/$crate" && cargo build --quiet --offline)   # warm the dependencies
done

printf '%-16s %-8s %s\n' crate command "median of $reps (s)"
for command in check build; do
    for crate in with_derive without_derive; do
        t=$(for _ in $(seq 1 "$reps"); do time_cmd "$work/$crate" "$command"; done | median)
        printf '%-16s %-8s %s\n' "$crate" "$command" "$t"
        eval "t_${crate}_${command}=$t"
    done
done
echo "ratio check: $(echo "scale=1; $t_with_derive_check / $t_without_derive_check" | bc)x; build: $(echo "scale=1; $t_with_derive_build / $t_without_derive_build" | bc)x"
echo "per derived struct: check $(echo "scale=4; ($t_with_derive_check - $t_without_derive_check) / 100" | bc) s, build $(echo "scale=4; ($t_with_derive_build - $t_without_derive_build) / 100" | bc) s"
