#!/usr/bin/env bash
# Runs one cargo-fuzz target, its corpus seeded from fuzz/seeds/<target>/.
#
#   scripts/fuzz.sh TARGET [libFuzzer options...]
#   scripts/fuzz.sh pipeline -runs=10000000
#   scripts/fuzz.sh quantity_scan -max_total_time=600
#
# Targets: quantity_scan, entity_link, pipeline. Needs `cargo install cargo-fuzz` and a nightly
# toolchain. Crashes land in fuzz/artifacts/TARGET/; replay one with
# `cargo +nightly fuzz run TARGET fuzz/artifacts/TARGET/crash-...`.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: scripts/fuzz.sh TARGET [libFuzzer options...]}
shift
mkdir -p "fuzz/corpus/$target"
cp -n fuzz/seeds/"$target"/* "fuzz/corpus/$target/" 2>/dev/null || true
exec cargo +nightly fuzz run -O "$target" "fuzz/corpus/$target" -- \
    -max_len=4096 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 "$@"
