#!/usr/bin/env bash
# Side by side: concord's quantity scan against the peer recognizers (Microsoft Recognizers-Text,
# the `recognizers-text-suite` Python release) on the same Chinese and French text, on this
# machine, one thread each. Prints both throughputs in MB/s per core and their ratio.
#
#   scripts/compare/compare.sh [MIN_SECONDS]
#
# Installs what it needs itself: a virtual environment (default target/compare-venv, or
# $CONCORD_PEER_VENV) with recognizers-text-suite and emoji==0.6.0 (the release needs that old
# emoji beside it), and concord's release example `scan_throughput`. Not part of `cargo test`.
# The peer release has working Chinese and French models; its Italian and German ones are absent.
set -euo pipefail
cd "$(dirname "$0")/../.."
MIN_SECONDS="${1:-3}"
VENV="${CONCORD_PEER_VENV:-target/compare-venv}"
PY="$VENV/bin/python"

if ! "$PY" -c "import recognizers_number, recognizers_number_with_unit" 2>/dev/null; then
    echo "compare: installing the peer into $VENV" >&2
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install --quiet --disable-pip-version-check recognizers-text-suite emoji==0.6.0
fi
echo "compare: building concord's scan_throughput (release)" >&2
cargo build --quiet --release --example scan_throughput
CONCORD="target/release/examples/scan_throughput"

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# The same text for both sides: the project's sample article and the bench sentences.
cat examples/corpus/zh_keji.txt benches/data/news_zh.txt >"$WORK/zh.txt"
cat examples/corpus/fr_economie.txt benches/data/news_fr.txt >"$WORK/fr.txt"

for lang in zh fr; do
    "$PY" scripts/compare/peer.py "$lang" "$WORK/$lang.txt" "$MIN_SECONDS" >>"$WORK/results.jsonl"
    "$CONCORD" "$lang" "$WORK/$lang.txt" "$MIN_SECONDS" >>"$WORK/results.jsonl"
done

"$PY" - "$WORK/results.jsonl" <<'PYEOF'
import json, os, platform, sys
rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
print(f"machine: {platform.machine()}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}; "
      "one thread per side; MB = 1e6 bytes; CPU = MB per second of the process's own CPU time")
print(f"{'lang':<5}{'side':<28}{'bytes':>8}{'MB/s wall':>12}{'MB/s CPU':>12}{'mentions':>10}")
for lang in ("zh", "fr"):
    peer = {r["model"]: r for r in rows if r["side"] == "peer" and r["lang"] == lang}
    ours = next(r for r in rows if r["side"] == "concord" and r["lang"] == lang)
    for name in ("number", "currency", "number+currency"):
        r = peer[name]
        print(f"{lang:<5}{'peer ' + name:<28}{r['bytes']:>8}{r['mb_per_s']:>12.4f}{r['mb_per_cpu_s']:>12.4f}{r['mentions']:>10}")
    print(f"{lang:<5}{'concord quantity::scan':<28}{ours['bytes']:>8}{ours['mb_per_s']:>12.2f}{ours['mb_per_cpu_s']:>12.2f}{ours['mentions']:>10}")
    wall = ours["mb_per_s"] / peer["number+currency"]["mb_per_s"]
    cpu = ours["mb_per_cpu_s"] / peer["number+currency"]["mb_per_cpu_s"]
    print(f"{lang:<5}{'ratio concord / peer':<28}{'':>8}{wall:>11.0f}x{cpu:>11.0f}x")
PYEOF
