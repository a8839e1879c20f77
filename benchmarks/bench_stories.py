"""Syndication + story clustering over all of SaudiNewsNet (31,030 articles): does the cost stay flat?

    python benchmarks/bench_stories.py [--db PATH] [--workers 2]

Ingests ../shared/data/saudinewsnet/*.zip into a temporary store (or reuses ``--db``,
already ingested), then times, with no other analysis stage: syndication (MinHash +
LSH buckets in the store) and incremental clustering (features from the text,
candidate stories from the inverted index).  Prints total time, time per 1,000
articles for the first and the last 5,000, peak memory (max RSS), and where this process's CPU time goes
(placing articles: candidates and pair scores, chain splits; writing stories; the rest) — the features are
computed in the workers, whose CPU time is printed as a whole.
"""

from __future__ import annotations

import argparse
import gc
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # benchmarks/common.py, from any working directory
from common import have_data, zips  # noqa: E402

PHASES = (  # (label, owner, method): timed in this process; an indented part is also inside the one above it
    ("placing articles", "Clusterer", "add"),
    ("  candidates and pair scores", "Grouper", "scores"),
    ("  chain splits", "Grouper", "_split"),
    ("  placement rows written", "Store", "place_article"),
    ("stories written (centroids, titles)", "Clusterer", "flush"),
)


def timed_phases(store) -> dict[str, float]:
    """Wrap the methods of :data:`PHASES` with CPU timers (this process); returns the totals, filled as they run."""
    from marsad.stories import cluster as cl, grouping

    owners = {"Clusterer": cl.Clusterer, "Grouper": grouping.Grouper, "Store": type(store)}
    cpu = dict.fromkeys((label for label, _, _ in PHASES), 0.0)
    for label, owner, name in PHASES:
        cls = owners[owner]
        func = getattr(cls, name)

        def timed(*args, _func=func, _label=label, **kwargs):
            t0 = time.process_time()
            try:
                return _func(*args, **kwargs)
            finally:
                cpu[_label] += time.process_time() - t0

        setattr(cls, name, timed)
    return cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="a store that already holds SaudiNewsNet (skips ingestion)")
    parser.add_argument("--workers", type=int, default=2, help="processes computing article features (default 2)")
    args = parser.parse_args(argv)
    if not args.db and not have_data():
        return 0
    from marsad.ingest.run import IngestOptions, ingest
    from marsad.store import open_store
    from marsad.stories import cluster as cl
    from marsad.stories.syndication import SyndicationOptions, syndicate

    tmp = tempfile.TemporaryDirectory()
    db = args.db or str(Path(tmp.name) / "snn.db")
    store = open_store(db)
    n = store.article_count()
    if n == 0:
        t = time.perf_counter()
        ingest(store, [str(p) for p in zips()], IngestOptions(keep_bytes=False))
        n = store.article_count()
        print(f"ingested {n} articles in {time.perf_counter() - t:.1f} s (not counted below)")

    gc_cpu = [0.0, 0.0]  # CPU time in Python's cyclic collector, and when the running collection started

    def gc_seen(phase: str, info: dict) -> None:
        if phase == "start":
            gc_cpu[1] = time.process_time()
        else:
            gc_cpu[0] += time.process_time() - gc_cpu[1]

    gc.callbacks.append(gc_seen)
    kids0 = sum(getattr(resource.getrusage(resource.RUSAGE_CHILDREN), f) for f in ("ru_utime", "ru_stime"))
    c0 = time.process_time()
    t0 = time.perf_counter()
    syn = syndicate(store, SyndicationOptions(rebuild=True))
    t1 = time.perf_counter()
    c1 = time.process_time()
    print(f"syndication: {t1 - t0:.1f} s ({c1 - c0:.1f} s CPU) for {syn.articles} articles ({syn.linked} copies in {syn.groups} groups)")

    marks: list[tuple[int, float]] = []
    done = 0
    phases = timed_phases(store)
    start = time.perf_counter()

    def mark(n_batch: int) -> None:
        nonlocal done
        done += n_batch
        marks.append((done, time.perf_counter() - start))

    report = cl.cluster(store, cl.ClusterOptions(rebuild=True, batch_size=1000, workers=args.workers), on_batch=mark)
    t2 = time.perf_counter()
    cpu = time.process_time() - c0
    gc.callbacks.remove(gc_seen)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    kids_cpu = kids.ru_utime + kids.ru_stime - kids0  # the feature workers (joined when clustering ends)

    def per_1000(lo: int, hi: int) -> float:
        pts = dict(marks)
        a = pts.get(lo, 0.0) if lo else 0.0
        b = pts.get(hi)
        return (b - a) / ((hi - lo) / 1000) if b is not None else float("nan")

    first = per_1000(0, 5000)
    last_hi = (done // 1000) * 1000
    last = per_1000(max(0, last_hi - 5000), last_hi)
    print(f"clustering with {args.workers} feature worker(s): {t2 - t1:.1f} s ({cpu - (c1 - c0):.1f} s CPU"
          f"{' in this process' if args.workers > 1 else ''}) for {done} articles; {report.summary()}")
    print(f"  per 1,000 articles: first 5,000 {first:.2f} s, last 5,000 (up to {last_hi}) {last:.2f} s")
    steps = [b - a for (_, a), (_, b) in zip([(0, 0.0)] + marks, marks)]
    print("  every 1,000: " + " ".join(f"{x:.1f}" for x in steps))
    here = cpu - (c1 - c0)
    print(f"  where this process's clustering CPU time goes ({here:.1f} s):")
    for label, value in phases.items():
        print(f"    {label:44s} {value:6.1f} s")
    top = phases["placing articles"] + phases["stories written (centroids, titles)"]
    print(f"    {'the rest (features received, commits, gc)':44s} {here - top:6.1f} s")
    print(f"total syndication + clustering: {t2 - t0:.1f} s wall, {cpu:.1f} s CPU "
          f"({gc_cpu[0]:.1f} s of it in the garbage collector)"
          + (f" + {kids_cpu:.1f} s CPU in the feature workers" if args.workers > 1 else "")
          + f"; peak memory (max RSS) {rss_mb:.0f} MB")
    store.close()
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
