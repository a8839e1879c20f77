"""Beyond one machine: articles/s of the full pipeline with 1 and 2 Dask workers writing to PostgreSQL,
and all of SaudiNewsNet ingested and processed into PostgreSQL (rate and peak memory).

    python benchmarks/bench_scale.py                      # both parts
    python benchmarks/bench_scale.py --part speedup --articles 1200
    python benchmarks/bench_scale.py --part full --workers 2

Needs PostgreSQL at 127.0.0.1:5432 (user postgres; MARSAD_TEST_PG overrides the server URL): each run
creates its own database (``marsad_bench_*``) and drops it afterwards unless ``--keep``.

Speedup: a sample of SaudiNewsNet is ingested once into a template database; each worker count
processes a fresh copy of it (all per-article stages, corpus steps timed apart), on a LocalCluster
started beforehand so the figure is the work, not the cluster's start-up (models load once per
worker, inside the timed part).  Memory: the resident size of this process and of every worker
process, sampled every half second; the peak of their sum is what the machine needed.
"""

from __future__ import annotations

import argparse
import os
from itertools import islice
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # benchmarks/common.py, from any working directory
from common import have_data, postgres_missing, zips  # noqa: E402

SERVER = os.environ.get("MARSAD_TEST_PG", "postgresql://postgres@127.0.0.1:5432")


class TreeMemory(threading.Thread):
    """Peak resident memory of this process plus its children (the Dask workers), sampled every 0.5 s."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        import psutil

        self.me = psutil.Process()
        self.peak_total = self.peak_main = self.peak_worker = 0.0
        self.running = True

    def run(self) -> None:
        while self.running:
            try:
                main = self.me.memory_info().rss / 1e6
                kids = [c.memory_info().rss / 1e6 for c in self.me.children(recursive=True)]
            except Exception:  # a worker exiting between listing and reading
                continue
            self.peak_main = max(self.peak_main, main)
            self.peak_worker = max([self.peak_worker, *kids])
            self.peak_total = max(self.peak_total, main + sum(kids))
            time.sleep(0.5)


def fresh_db(name: str, template: str | None = None) -> str:
    from marsad.store.postgres.admin import create_database

    return create_database(SERVER, name, template=template)


def drop_db(name: str) -> None:
    from marsad.store.postgres.admin import drop_database

    drop_database(SERVER, name)


def sample_paths(n_articles: int) -> list[str]:
    """Enough daily zips for ``n_articles`` (the sample is then cut to exactly that many by ``--limit``)."""
    import json
    import zipfile

    out, total = [], 0
    for z in zips():
        with zipfile.ZipFile(z) as zf:
            total += sum(len(json.loads(zf.read(n))) for n in zf.namelist() if n.endswith(".json"))
        out.append(str(z))
        if total >= n_articles:
            break
    return out


def speedup(args: argparse.Namespace) -> None:
    import marsad
    from dask.distributed import Client, LocalCluster

    from marsad.ingest.run import IngestOptions
    from marsad.ingest.sources import walk
    from marsad.pipeline.runner import ProcessOptions

    tag = f"marsad_bench_{os.getpid()}"
    template = fresh_db(tag + "_tpl")
    with marsad.open(template) as m:
        docs = islice(walk(sample_paths(args.articles)), args.articles)  # one document per article
        m.ingest_documents(docs, IngestOptions(show_progress=False, keep_bytes=False))
        n = m.store.article_count()
    print(f"speedup sample: the first {n:,} SaudiNewsNet articles, all per-article stages; "
          f"{os.cpu_count()} cores, load average before {os.getloadavg()[0]:.1f}")
    rates = {}
    for workers in args.worker_counts:
        url = fresh_db(f"{tag}_w{workers}", template=tag + "_tpl")
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0",
                               silence_logs=40)
        client = Client(cluster)
        try:
            with marsad.open(url) as m:
                t0 = time.perf_counter()
                # batches of 16: enough tasks that two workers finish together
                report = m.process(ProcessOptions(dask=cluster.scheduler_address, workers=workers, limit=args.articles,
                                                  batch_size=16, corpus_steps=False, show_progress=False))
                dt = time.perf_counter() - t0
                t1 = time.perf_counter()
                steps = m.process(ProcessOptions(limit=0, show_progress=False)).steps  # corpus steps only
                dt_steps = time.perf_counter() - t1
        finally:
            client.close()
            cluster.close()
            drop_db(f"{tag}_w{workers}")
        rates[workers] = report.articles / dt
        print(f"  {workers} Dask worker(s): {report.articles:,} articles in {dt:.1f} s = {rates[workers]:.1f} articles/s"
              f" ({report.failures} failed); corpus steps after, in one process: {dt_steps:.1f} s;"
              f" load average {os.getloadavg()[0]:.1f}")
        if args.verbose:
            print("    " + "; ".join(steps))
    drop_db(tag + "_tpl")
    if 1 in rates and 2 in rates:
        print(f"  speedup with 2 workers: {rates[2] / rates[1]:.2f}x")


def full(args: argparse.Namespace) -> None:
    import marsad
    from marsad.ingest.run import IngestOptions
    from marsad.pipeline.runner import ProcessOptions

    name = f"marsad_bench_{os.getpid()}_full"
    url = fresh_db(name)
    paths = [str(p) for p in zips()]
    mem = TreeMemory()
    mem.start()
    try:
        with marsad.open(url) as m:
            t0 = time.perf_counter()
            ing = m.ingest(paths, IngestOptions(dask="local", workers=args.workers, keep_bytes=False,
                                                show_progress=args.progress))
            t_ingest = time.perf_counter() - t0
            t1 = time.perf_counter()
            proc = m.process(ProcessOptions(dask="local", workers=args.workers, corpus_steps=False,
                                            show_progress=args.progress))
            t_proc = time.perf_counter() - t1
            t2 = time.perf_counter()
            steps = m.process(ProcessOptions(show_progress=args.progress)).steps
            t_steps = time.perf_counter() - t2
            stats = m.stats()
            stories = m.store.story_count()
    finally:
        mem.running = False
        if not args.keep:
            drop_db(name)
    n = ing.articles_added
    total = t_ingest + t_proc + t_steps
    print(f"all of SaudiNewsNet into PostgreSQL with {args.workers} Dask workers (LocalCluster); "
          f"{os.cpu_count()} cores, load average at the end {os.getloadavg()[0]:.1f}:")
    print(f"  ingest:  {n:,} articles from {len(paths)} zips ({ing.rejected} rejected) in {t_ingest:.0f} s "
          f"= {n / t_ingest:.0f} articles/s")
    print(f"  process: {proc.articles:,} articles, all per-article stages, in {t_proc:.0f} s "
          f"= {proc.articles / t_proc:.1f} articles/s ({proc.failures} failed)")
    print(f"  corpus steps (kb, syndication, {stories:,} stories, story views) in {t_steps:.0f} s")
    print(f"  end to end: {total / 60:.1f} min = {n / total:.1f} articles/s; "
          f"{stats['tables']['annotations']:,} annotations")
    print(f"  peak memory: {mem.peak_total:,.0f} MB for driver and workers together "
          f"(driver {mem.peak_main:,.0f} MB, largest worker {mem.peak_worker:,.0f} MB)")
    if args.verbose:
        print("  " + "; ".join(steps))
    if args.keep:
        print(f"  kept: {url}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--part", choices=("speedup", "full", "both"), default="both")
    ap.add_argument("--articles", type=int, default=1200, help="speedup: articles processed per worker count")
    ap.add_argument("--worker-counts", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--workers", type=int, default=2, help="full: Dask workers")
    ap.add_argument("--keep", action="store_true", help="full: keep the database")
    ap.add_argument("--progress", action="store_true")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    if not have_data():
        return 0
    if postgres_missing(SERVER):
        return 0
    if args.part in ("speedup", "both"):
        speedup(args)
    if args.part in ("full", "both"):
        full(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
