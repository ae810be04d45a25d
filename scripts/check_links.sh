#!/usr/bin/env bash
# The entity links (and the claims built on them) of a realistic corpus, for checking that a
# faster path changes nothing: tests/data/eval, tests/data/eval2, examples/corpus, the seeds and
# 1 MB of generated news, through `concord entities` and `concord extract`.
#
#   scripts/check_links.sh BINARY OUT_DIR      # writes OUT_DIR/*.json
#   diff -r BASELINE_DIR OUT_DIR               # must print nothing
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="$1"
OUT="$2"
mkdir -p "$OUT"
NEWS="$OUT/../news1.jsonl"
[ -f "$NEWS" ] || python3 scripts/compare/gen_news.py 1 "$NEWS" >/dev/null
dirs=(tests/data/eval tests/data/eval2 examples/corpus)
[ -d ../shared/seeds ] && dirs+=(../shared/seeds)
for d in "${dirs[@]}"; do
    name="$(echo "$d" | tr '/.' '__')"
    "$BIN" entities "$d" --format json --threads 1 --progress never >"$OUT/$name.entities.json"
    "$BIN" extract "$d" --threads 1 --progress never >"$OUT/$name.extract.jsonl"
done
"$BIN" entities --input jsonl "$NEWS" --threads 1 --progress never >"$OUT/news.entities.jsonl"
"$BIN" extract --input jsonl "$NEWS" --threads 1 --progress never >"$OUT/news.extract.jsonl"
