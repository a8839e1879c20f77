"""Ingest and process all of SaudiNewsNet (31,030 articles); print articles/s and peak memory.

    python benchmarks/bench_ingest.py [--stages sentences] [--workers 2] [--db PATH]

Measures `ingest` (read zips, decode, map JSON records, extract, store, FTS index with
normalised text) and `process` for the text-layer stages (sentences) separately and
together.  Memory is sampled while running to show it stays flat as articles stream.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # benchmarks/common.py, from any working directory
from common import have_data, zips  # noqa: E402


def rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


class MemorySampler(threading.Thread):
    """Samples resident memory every 0.2 s; `samples` gives (articles seen, MB) to show growth or its absence."""

    def __init__(self, counter) -> None:
        super().__init__(daemon=True)
        self.counter, self.samples, self.running = counter, [], True

    def run(self) -> None:
        while self.running:
            self.samples.append((self.counter(), rss_mb()))
            time.sleep(0.2)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--stages", action="append", default=None, help="stages to run in process (default: sentences)")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--db", help="database path (default: a temporary file)")
    args = ap.parse_args()
    if not have_data():
        return 0
    from marsad.ingest.run import IngestOptions, ingest
    from marsad.pipeline.runner import ProcessOptions, process
    from marsad.store import open_store

    paths = [str(p) for p in zips()]
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(args.db or os.path.join(tmp, "bench.db"))
        seen = [0]
        sampler = MemorySampler(lambda: seen[0])
        sampler.start()
        t0 = time.perf_counter()
        report = ingest(store, paths, IngestOptions(show_progress=False, workers=args.workers))
        t_ingest = time.perf_counter() - t0
        seen[0] = report.articles_added
        stages = args.stages or ["sentences"]
        t1 = time.perf_counter()
        proc = process(store, ProcessOptions(only=stages, workers=args.workers, corpus_steps=False,
                                             show_progress=False))
        t_proc = time.perf_counter() - t1
        sampler.running = False
        n = report.articles_added
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        db_mb = os.path.getsize(store.path) / 1e6
        print(f"articles: {n:,} ingested ({report.rejected} rejected) from {len(paths)} zips")
        print(f"ingest with {args.workers} worker(s) (read+decode+extract+store+FTS): {t_ingest:.1f} s = {n / t_ingest:,.0f} articles/s")
        print(f"process {stages} with {args.workers} worker(s): {t_proc:.1f} s = {proc.articles / max(t_proc, 1e-9):,.0f} articles/s")
        print(f"ingest + text layer: {n / (t_ingest + t_proc):,.0f} articles/s")
        print(f"peak RSS: {peak:,.0f} MB; database {db_mb:,.0f} MB")
        mem = [m for _, m in sampler.samples]
        if len(mem) >= 4:
            q = len(mem) // 4
            print(f"RSS by quarter of the run: " + ", ".join(f"{max(mem[i * q:(i + 1) * q]):.0f} MB" for i in range(4)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
