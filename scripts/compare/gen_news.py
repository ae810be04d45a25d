"""Writes a JSON Lines stream of news-like documents for the end-to-end run: each document is a
headline and 8 to 24 paragraphs drawn (with a fixed seed) from one language's sample article
(examples/corpus) and bench sentences (benches/data), with an id and the language stated.

    python3 gen_news.py MEGABYTES OUT.jsonl
"""
import json
import os
import random
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
SOURCES = {
    "it": ["examples/corpus/it_cronaca.txt", "benches/data/news_it.txt"],
    "de": ["examples/corpus/de_wirtschaft.txt", "benches/data/news_de.txt"],
    "fr": ["examples/corpus/fr_economie.txt", "benches/data/news_fr.txt"],
    "zh": ["examples/corpus/zh_keji.txt", "benches/data/news_zh.txt"],
    "en": ["benches/data/news_en.txt"],
}


def paragraphs(lang):
    out = []
    for rel in SOURCES[lang]:
        with open(os.path.join(ROOT, rel), encoding="utf-8") as f:
            out += [l for l in f.read().splitlines() if l.strip()]
    return out


def main():
    megabytes, path = float(sys.argv[1]), sys.argv[2]
    rng = random.Random(8)
    pools = {lang: paragraphs(lang) for lang in SOURCES}
    langs = sorted(pools)
    target = int(megabytes * 1e6)
    written = 0
    n = 0
    with open(path, "w", encoding="utf-8") as out:
        while written < target:
            lang = langs[n % len(langs)]
            pool = pools[lang]
            body = "\n\n".join(rng.choice(pool) for _ in range(rng.randint(8, 24)))
            text = f"{pool[0]} ({n})\n\n{body}"
            line = json.dumps({"id": f"{lang}-{n:07}", "lang": lang, "text": text}, ensure_ascii=False)
            out.write(line + "\n")
            written += len(text.encode("utf-8"))
            n += 1
    print(f"{n} documents, {written / 1e6:.1f} MB of text", file=sys.stderr)


if __name__ == "__main__":
    main()
