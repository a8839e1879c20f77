"""Throughput of the quotes stage over SaudiNewsNet articles (../shared/data/saudinewsnet/*.zip).

Run: ``python benchmarks/bench_quotes.py [--articles N] [--check]``.  Prints articles/s on
one core (CPU time of this process, so that other jobs on a shared machine do
not skew it) for

* the quotes stage alone (sentences and mentions computed beforehand, untimed);
* the quotes stage on top of the other analysis stages available in this
  checkout (sentences, NER, linking), all timed, with each stage's share.

With ``--check`` it also runs the plainly written reference of the quote finder (tests/quotes_reference.py)
on the same articles and mentions, and fails unless every quote agrees (untimed).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from marsad.arabic.stages import SENTENCES
from marsad.models import Article, Doc
from marsad.nlp.quotes import QUOTES
from marsad.pipeline.stage import Resources

sys.path.insert(0, str(Path(__file__).resolve().parent))  # benchmarks/common.py, from any working directory
from common import have_data, load_texts  # noqa: E402


def other_stages() -> list:
    stages = [SENTENCES]
    for module, attr in (("marsad.nlp.ner.tagger", "NER"), ("marsad.nlp.linking", "LINK")):
        try:
            stages.append(getattr(__import__(module, fromlist=[attr]), attr))
        except ImportError as exc:
            print(f"note: {module} unavailable: {exc}", file=sys.stderr)
    return stages


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--check", action="store_true", help="compare every quote with the reference finder")
    args = ap.parse_args()
    if not have_data():
        return 0
    texts = load_texts(args.articles)
    docs = [Doc(Article(id=str(i), raw_id=str(i), text=t)) for i, t in enumerate(texts)]
    chars = sum(len(t) for t in texts)
    print(f"{len(docs)} articles, {chars / len(docs):.0f} characters on average")
    res = Resources()
    stages = other_stages()
    spent = {s.name: 0.0 for s in stages}
    for doc in docs[:5]:  # warm up: load models and gazetteers outside the timings
        for stage in stages:
            stage.func(Doc(doc.article), res)
    for doc in docs:
        for stage in stages:
            t0 = time.process_time()
            stage.func(doc, res)
            spent[stage.name] += time.process_time() - t0
    t0 = time.process_time()
    n_quotes = 0
    for doc in docs:
        QUOTES.func(doc, res)
        n_quotes += len(doc.layer("quote"))
    spent["quotes"] = time.process_time() - t0
    total = sum(spent.values())
    print(f"quotes stage alone: {len(docs) / spent['quotes']:.0f} articles/s "
          f"({n_quotes} quotes, {n_quotes / len(docs):.1f} per article)")
    print(f"with {'+'.join(s.name for s in stages)}+quotes: {len(docs) / total:.0f} articles/s")
    for name, secs in spent.items():
        print(f"  {name:10s} {secs:7.2f} s  {100 * secs / total:5.1f}%")
    if args.check:
        sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
        from quotes_reference import compare

        n, n_quotes, differ = compare((d.text, [(s.start, s.end) for s in d.layers.get("sentence", [])],
                                       d.layers.get("mention", [])) for d in docs)
        print(f"check: {n} articles, {n_quotes} quotes, {len(differ)} articles differ from the reference"
              + (f" (first: {differ[:10]})" if differ else ""))
        return 1 if differ else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
