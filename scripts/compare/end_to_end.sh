#!/usr/bin/env bash
# End to end on a stream of news-like documents: `concord extract` and `concord reconcile` over
# a generated JSON Lines file (default 50 MB of text), on every core and on one thread, with the
# wall time, the CPU time (user + system), the throughput in MB of document text per second of
# wall time and per second of CPU time (on a shared machine the CPU figure is the fair one), and
# the peak memory (max RSS).
#
#   scripts/compare/end_to_end.sh [MEGABYTES]
set -euo pipefail
cd "$(dirname "$0")/../.."
MB="${1:-50}"
cargo build --quiet --release --bin concord
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
python3 scripts/compare/gen_news.py "$MB" "$WORK/news.jsonl"
TEXT_BYTES=$(python3 -c "import json,sys; print(sum(len(json.loads(l)['text'].encode()) for l in open(sys.argv[1])))" "$WORK/news.jsonl")
echo "input: $(wc -l <"$WORK/news.jsonl") documents, $TEXT_BYTES bytes of text, $(nproc) cores"
printf '%-28s %8s %8s %10s %10s %11s %12s\n' command wall_s cpu_s 'MB/s wall' 'MB/s CPU' 'max RSS MB' 'RSS / input'
for threads in 0 1; do
    for cmd in extract "reconcile --format json"; do
        /usr/bin/time -f '%e %U %S %M' -o "$WORK/time" \
            target/release/concord $cmd --input jsonl --threads "$threads" --progress never \
            "$WORK/news.jsonl" >"$WORK/out"
        read -r secs user sys kb <"$WORK/time"
        python3 -c "
import sys
secs, cpu, kb, n, label = float(sys.argv[1]), float(sys.argv[2]) + float(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), sys.argv[6]
print(f'{label:<28} {secs:>8.2f} {cpu:>8.2f} {n / 1e6 / max(secs, 1e-9):>10.1f} {n / 1e6 / max(cpu, 1e-9):>10.1f} {kb / 1024:>11.1f} {kb * 1024 / n:>12.3f}')
" "$secs" "$user" "$sys" "$kb" "$TEXT_BYTES" "${cmd%% *} --threads $threads"
    done
done
