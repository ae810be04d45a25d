#!/usr/bin/env bash
# Peak memory of the command line on large inputs (issue 7: at most three times the input).
#
#   scripts/measure_memory.sh [MEGABYTES]      (default 100)
#
# Builds, from the sample corpus repeated, (1) one text file of MEGABYTES, (2) a directory of
# 1000 files of the same total size, and (3) the same text as JSON Lines of 1000 records; then
# runs `concord quantities` and `concord reconcile` over each under /usr/bin/time and prints the
# wall time, the peak resident memory and its ratio to the input size.
set -euo pipefail
cd "$(dirname "$0")/.."
MB="${1:-100}"
cargo build --quiet --release --bin concord
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
python3 - "$MB" "$WORK" <<'PY'
import json, os, sys
mb, work = int(sys.argv[1]), sys.argv[2]
corpus = "".join(open(os.path.join("examples/corpus", f), encoding="utf-8").read() + "\n"
                 for f in sorted(os.listdir("examples/corpus")))
size = mb * 1_000_000
text = (corpus * (size // len(corpus.encode()) + 1)).encode()[:size].decode("utf-8", "ignore")
open(os.path.join(work, "one.txt"), "w", encoding="utf-8").write(text)
os.mkdir(os.path.join(work, "dir"))
n = 1000
chunk = len(text) // n
with open(os.path.join(work, "docs.jsonl"), "w", encoding="utf-8") as jl:
    for i in range(n):
        part = text[i * chunk:(i + 1) * chunk]
        open(os.path.join(work, "dir", f"{i:04}.txt"), "w", encoding="utf-8").write(part)
        jl.write(json.dumps({"id": f"{i:04}", "text": part}, ensure_ascii=False) + "\n")
PY
BYTES=$(stat -c %s "$WORK/one.txt")
echo "input: $BYTES bytes; $(nproc) cores"
printf '%-44s %9s %12s %8s\n' run seconds 'max RSS MB' ratio
measure() {
    local label=$1
    shift
    /usr/bin/time -f '%e %M' -o "$WORK/time" target/release/concord "$@" >/dev/null 2>"$WORK/err" || true
    read -r secs kb <"$WORK/time"
    python3 -c "import sys; s, kb, n, l = float(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]; print(f'{l:<44} {s:>9.1f} {kb/1024:>12.1f} {kb*1024/n:>8.2f}')" \
        "$secs" "$kb" "$BYTES" "$label"
}
for cmd in quantities reconcile; do
    measure "$cmd one file" $cmd "$WORK/one.txt"
    measure "$cmd directory of 1000 files" $cmd "$WORK/dir"
    measure "$cmd JSON Lines of 1000 records" $cmd --input jsonl "$WORK/docs.jsonl"
done
