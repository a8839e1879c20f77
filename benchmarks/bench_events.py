"""Throughput of the event coder over SaudiNewsNet articles.

The upstream stages the coder needs (sentences, timex, NER, linking, quotes)
run first on each article and are timed apart; the figure that matters for the
events stage is its own articles/s on top of them (target ≥ 300/s per core).

Run: ``nice python benchmarks/bench_events.py [--limit 300]`` (reads
../shared/data/saudinewsnet/*.zip; prints figures, asserts nothing).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from marsad.models import Article, Doc
from marsad.nlp.events.coder import EVENTS
from marsad.nlp.events.treaties import CLAUSES
from marsad.pipeline.registry import build_pipeline
from marsad.pipeline.stage import Resources

sys.path.insert(0, str(Path(__file__).resolve().parent))  # benchmarks/common.py, from any working directory
from common import have_data, iter_records  # noqa: E402


def articles(limit: int) -> list[Article]:
    """The first ``limit`` articles whose content is not blank, dated by their date_extracted."""
    out: list[Article] = []
    for k, rec in enumerate(iter_records()):
        text = (rec.get("content") or "").strip()
        if text:
            out.append(Article(id=f"snn-{k}", raw_id=f"snn-{k}", text=text,
                               published_at=(rec.get("date_extracted") or "")[:10] or None))
            if len(out) >= limit:
                break
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=300, help="number of articles (default 300)")
    args = parser.parse_args(argv)
    if not have_data():
        return 0
    arts = articles(args.limit)
    upstream = [s for s in build_pipeline().stages if s.name != EVENTS.name]
    res = Resources()
    docs = []
    t0 = time.process_time()
    for a in arts:
        doc = Doc(a)
        for stage in upstream:
            stage.func(doc, res)
        docs.append(doc)
    t_up = time.process_time() - t0
    EVENTS.func(Doc(arts[0]), res)  # load the lexicon and KB outside the timing
    # CPU time of this process: "per core", and robust to other jobs sharing the machine.
    passes = []
    for _ in range(2):  # first pass: cold token caches; second: warm, as in a long-running ingest
        c0, w0 = time.process_time(), time.perf_counter()
        n_events = 0
        for doc in docs:
            doc.layers.pop("event", None)
            EVENTS.func(doc, res)
            n_events += len(doc.layer("event"))
        passes.append((time.process_time() - c0, time.perf_counter() - w0))
    c0 = time.process_time()
    for doc in docs:
        doc.layers.pop("clause", None)
        CLAUSES.func(doc, res)
    t_cl = time.process_time() - c0
    t_ev = passes[0][0]
    chars = sum(len(a.text) for a in arts)
    print(f"articles: {len(arts)}  ({chars / len(arts):.0f} chars on average)")
    print(f"upstream stages ({', '.join(s.name for s in upstream)}): {len(arts) / t_up:8.1f} articles per CPU-second")
    print(f"events stage alone, cold caches:    {len(arts) / passes[0][0]:8.1f} articles per CPU-second "
          f"(wall {len(arts) / passes[0][1]:.1f}/s)")
    print(f"events stage alone, warm caches:    {len(arts) / passes[1][0]:8.1f} articles per CPU-second "
          f"(wall {len(arts) / passes[1][1]:.1f}/s)  ({n_events} events, {n_events / len(arts):.2f} per article)")
    print(f"clauses stage alone:                {len(arts) / t_cl:8.1f} articles per CPU-second")
    print(f"whole pipeline incl. events:        {len(arts) / (t_up + t_ev + t_cl):8.1f} articles per CPU-second")
    return 0


if __name__ == "__main__":
    sys.exit(main())
