#!/usr/bin/env bash
# End to end on a stream of news-like documents: `concord extract` and `concord reconcile` over
# a generated JSON Lines file (default 50 MB of text), on every core and on one thread, with the
# wall time, the throughput in MB/s of document text and the peak memory (max RSS).
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
printf '%-34s %10s %10s %12s %14s\n' command seconds 'MB/s' 'max RSS MB' 'RSS / input'
for threads in 0 1; do
    for cmd in extract "reconcile --format json"; do
        /usr/bin/time -f '%e %M' -o "$WORK/time" \
            target/release/concord $cmd --input jsonl --threads "$threads" --progress never \
            "$WORK/news.jsonl" >"$WORK/out"
        read -r secs kb <"$WORK/time"
        python3 -c "
import sys
secs, kb, n, label = float(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
print(f'{label:<34} {secs:>10.2f} {n / 1e6 / max(secs, 1e-9):>10.1f} {kb / 1024:>12.1f} {kb * 1024 / n:>14.3f}')
" "$secs" "$kb" "$TEXT_BYTES" "${cmd%% *} --threads $threads"
    done
done
