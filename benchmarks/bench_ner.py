"""Speed and memory of the NER tagger over SaudiNewsNet.

    .venv/bin/python benchmarks/bench_ner.py [--days N] [--limit N]

Reads ../shared/data/saudinewsnet/*.zip (JSON lists with "content").
Prints the model's load time (imports excluded and included), peak memory
(RSS) after loading and after tagging, and tokens/s for
(a) ``Tagger.tag`` on pre-tokenized sentences and (b) ``Tagger.tag_text`` on
raw article text (sentence splitting + tokenizing + tagging), single core.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # benchmarks/common.py, from any working directory
from common import have_data, load_records  # noqa: E402

T_START = time.perf_counter()
from marsad.nlp.ner.tagger import load_tagger  # noqa: E402  (timed import)

T_IMPORTED = time.perf_counter()


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load(days: int, limit: int) -> list[str]:
    """Non-empty contents among the first ``limit`` articles of the first ``days`` daily zips."""
    return [t for r in load_records(limit, days) if (t := r.get("content"))]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--days", type=int, default=2, help="daily zips to read (default 2)")
    ap.add_argument("--limit", type=int, default=2000, help="max articles (default 2000)")
    args = ap.parse_args(argv)
    if not have_data():
        return 0
    from marsad.arabic import split_sentences
    from marsad.nlp.ner.lexicon import tokenize

    t0 = time.perf_counter()
    tagger = load_tagger()
    t1 = time.perf_counter()
    print(f"import {T_IMPORTED - T_START:.2f} s, model load {t1 - t0:.2f} s "
          f"(import + load {t1 - T_START:.2f} s); peak RSS after load {peak_mb():.0f} MB")
    texts = load(args.days, args.limit)
    sents = []
    for text in texts:
        for s, e in split_sentences(text):
            toks = [t.text for t in tokenize(text[s:e])]
            if toks:
                sents.append(toks)
    ntok = sum(map(len, sents))
    print(f"{len(texts)} articles, {len(sents)} sentences, {ntok:,} tokens")
    for run in ("first pass (cold word cache)", "second pass (warm cache)"):
        t = time.perf_counter()
        n_ent = 0
        for toks in sents:
            n_ent += sum(1 for tag in tagger.tag(toks) if tag.startswith("B-"))
        dt = time.perf_counter() - t
        print(f"tag, {run}: {ntok / dt:,.0f} tokens/s ({n_ent:,} entities)")
    fresh = type(tagger)(tagger.model)
    t = time.perf_counter()
    n_spans = sum(len(fresh.tag_text(text)) for text in texts)
    dt = time.perf_counter() - t
    print(f"tag_text end to end (split + tokenize + tag, cold cache): {ntok / dt:,.0f} tokens/s ({n_spans:,} mentions)")
    print(f"peak RSS {peak_mb():.0f} MB; word-type cache {len(tagger._words):,} entries")
    return 0


if __name__ == "__main__":
    sys.exit(main())
