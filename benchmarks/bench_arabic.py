"""Speed of the Arabic text layer over SaudiNewsNet.

Prints chars/s for normalize and normalize_with_offsets, tokens/s for tokenize,
sentences/s for split_sentences and articles/s for detect_language.

    python benchmarks/bench_arabic.py [--articles N]

Skips (exit 0 with a message) if ../shared/data/saudinewsnet (or
$MARSAD_SHARED/data/saudinewsnet) is absent.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from marsad.arabic import detect_language, normalize, normalize_with_offsets, split_sentences, tokenize

sys.path.insert(0, str(Path(__file__).resolve().parent))  # benchmarks/common.py, from any working directory
from common import have_data, load_records  # noqa: E402


def timed(label: str, unit: str, func, texts: list[str], count) -> None:
    t0 = time.perf_counter()
    total = 0
    for text in texts:
        total += count(text, func(text))
    dt = time.perf_counter() - t0
    print(f"{label:<24} {total / dt:>14,.0f} {unit}/s   ({len(texts) / dt:,.0f} articles/s, {dt:.2f} s)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=3000)
    args = ap.parse_args(argv)
    if not have_data():
        return 0
    # title + content of each article, empty ones included
    texts = [f"{r.get('title') or ''}\n{r.get('content') or ''}" for r in load_records(args.articles)]
    chars = sum(map(len, texts))
    print(f"{len(texts)} articles, {chars:,} chars")
    tokenize(texts[0])  # load the lexicon outside the timings
    detect_language("load the language model outside the timings too")
    timed("normalize", "chars", normalize, texts, lambda t, r: len(t))
    timed("normalize_with_offsets", "chars", normalize_with_offsets, texts, lambda t, r: len(t))
    timed("tokenize", "tokens", tokenize, texts, lambda t, r: len(r))
    timed("split_sentences", "sentences", split_sentences, texts, lambda t, r: len(r))
    timed("detect_language", "articles", detect_language, texts, lambda t, r: 1)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
