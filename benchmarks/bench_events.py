"""Throughput of the event coder over SaudiNewsNet articles.

The upstream stages the coder needs (sentences, timex, NER, linking, quotes)
run first on each article and are timed apart; the figure that matters for the
events stage is its own articles/s on top of them (target ≥ 300/s per core).

Run: ``nice python benchmarks/bench_events.py [--limit 1000]`` (reads
../shared/data/saudinewsnet/*.zip; prints figures, asserts nothing).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import zipfile
from pathlib import Path

from marsad.models import Article, Doc
from marsad.nlp.events.coder import EVENTS
from marsad.nlp.events.treaties import CLAUSES
from marsad.pipeline.registry import build_pipeline
from marsad.pipeline.stage import Resources

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "saudinewsnet"


def articles(limit: int) -> list[Article]:
    out: list[Article] = []
    for path in sorted(DATA.glob("*.zip")):
        with zipfile.ZipFile(path) as zf:
            for name in zf.namelist():
                for k, rec in enumerate(json.loads(zf.read(name).decode("utf-8"))):
                    text = (rec.get("content") or "").strip()
                    if text:
                        out.append(Article(id=f"{path.stem}-{k}", raw_id=path.stem, text=text,
                                           published_at=(rec.get("date_extracted") or "")[:10] or None))
                    if len(out) >= limit:
                        return out
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=1000, help="number of articles (default 1000)")
    args = parser.parse_args(argv)
    if not DATA.is_dir():
        print(f"SaudiNewsNet not found at {DATA}; nothing to measure", file=sys.stderr)
        return 0
    arts = articles(args.limit)
    upstream = [s for s in build_pipeline().stages if s.name != EVENTS.name]
    res = Resources()
    docs = []
    t0 = time.perf_counter()
    for a in arts:
        doc = Doc(a)
        for stage in upstream:
            stage.func(doc, res)
        docs.append(doc)
    t_up = time.perf_counter() - t0
    EVENTS.func(Doc(arts[0]), res)  # load the lexicon and KB outside the timing
    t0 = time.perf_counter()
    n_events = 0
    for doc in docs:
        EVENTS.func(doc, res)
        n_events += len(doc.layer("event"))
    t_ev = time.perf_counter() - t0
    t0 = time.perf_counter()
    for doc in docs:
        CLAUSES.func(doc, res)
    t_cl = time.perf_counter() - t0
    chars = sum(len(a.text) for a in arts)
    print(f"articles: {len(arts)}  ({chars / len(arts):.0f} chars on average)")
    print(f"upstream stages ({', '.join(s.name for s in upstream)}): {len(arts) / t_up:8.1f} articles/s")
    print(f"events stage alone:                 {len(arts) / t_ev:8.1f} articles/s  ({n_events} events, "
          f"{n_events / len(arts):.2f} per article)")
    print(f"clauses stage alone:                {len(arts) / t_cl:8.1f} articles/s")
    print(f"whole pipeline incl. events:        {len(arts) / (t_up + t_ev + t_cl):8.1f} articles/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
