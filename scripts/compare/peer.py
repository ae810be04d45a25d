"""Times the peer recognizers (Microsoft Recognizers-Text, Python release) on the paragraphs of a
file: the number model and the currency model, built once, then run on every nonempty line until
MIN_SECONDS have passed. Prints one JSON object per model and one for both together.

    python peer.py zh FILE [MIN_SECONDS]
"""
import json
import sys
import time

from recognizers_text import Culture
from recognizers_number import NumberRecognizer
from recognizers_number_with_unit import NumberWithUnitRecognizer

CULTURES = {"zh": Culture.Chinese, "fr": Culture.French}


def timed(model, paragraphs, min_seconds):
    found = sum(len(model.parse(p)) for p in paragraphs)  # untimed warm-up pass
    passes = 0
    cpu = time.process_time()
    start = time.perf_counter()
    while passes == 0 or time.perf_counter() - start < min_seconds:
        for p in paragraphs:
            model.parse(p)
        passes += 1
    return time.perf_counter() - start, time.process_time() - cpu, passes, found


def main():
    lang, path = sys.argv[1], sys.argv[2]
    min_seconds = float(sys.argv[3]) if len(sys.argv) > 3 else 3.0
    culture = CULTURES[lang]
    with open(path, encoding="utf-8") as f:
        paragraphs = [l for l in f.read().splitlines() if l.strip()]
    nbytes = sum(len(p.encode("utf-8")) for p in paragraphs)
    models = {
        "number": NumberRecognizer(culture).get_number_model(),
        "currency": NumberWithUnitRecognizer(culture).get_currency_model(),
    }
    total_wall = total_cpu = 0.0
    total_found = 0
    for name, model in models.items():
        secs, cpu, passes, found = timed(model, paragraphs, min_seconds)
        total_wall += secs / passes
        total_cpu += cpu / passes
        total_found += found
        print(json.dumps({"side": "peer", "model": name, "lang": lang, "bytes": nbytes,
                          "passes": passes, "seconds": round(secs, 6), "cpu_seconds": round(cpu, 6),
                          "mb_per_s": nbytes * passes / secs / 1e6,
                          "mb_per_cpu_s": nbytes * passes / cpu / 1e6, "mentions": found}))
    # Numbers and money, as concord's one scan finds both: the time of the two models together.
    print(json.dumps({"side": "peer", "model": "number+currency", "lang": lang, "bytes": nbytes,
                      "seconds_per_pass": round(total_wall, 6),
                      "mb_per_s": nbytes / total_wall / 1e6,
                      "mb_per_cpu_s": nbytes / total_cpu / 1e6, "mentions": total_found}))


if __name__ == "__main__":
    main()
