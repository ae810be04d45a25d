#!/usr/bin/env bash
# Runs one cargo-fuzz target, its corpus seeded from fuzz/seeds/<target>/.
#
#   scripts/fuzz.sh TARGET [libFuzzer options...]
#   scripts/fuzz.sh pipeline -runs=10000000
#   scripts/fuzz.sh quantity_scan -max_total_time=600
#
# Targets: quantity_scan, entity_link, pipeline. Needs `cargo install cargo-fuzz` and a nightly
# toolchain. The corpus is fuzz/corpus/TARGET (or $CORPUS_DIR/TARGET). Crashes land in
# fuzz/artifacts/TARGET/; replay one with
# `cargo +nightly fuzz run -s none -a TARGET fuzz/artifacts/TARGET/crash-...`.
#
# The crate forbids unsafe code, so no sanitizer is needed (`-s none`, about twice as fast);
# debug assertions and overflow checks are on (`-a`), so an arithmetic overflow is a crash.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: scripts/fuzz.sh TARGET [libFuzzer options...]}
shift
corpus=${CORPUS_DIR:-fuzz/corpus}/$target
mkdir -p "$corpus"
cp -n fuzz/seeds/"$target"/* "$corpus/" 2>/dev/null || true
exec cargo +nightly fuzz run -s none -a -O "$target" "$corpus" -- \
    -max_len=2048 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 "$@"
