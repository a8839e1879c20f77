"""Where one PostgreSQL worker's time goes: claims, reads, analysis, writes, model loading (CPU and wall).

    python benchmarks/bench_pg_worker.py                 # the first 200 articles of 2015-07-21, batches of 16
    python benchmarks/bench_pg_worker.py --articles 500 --batch 64 --cprofile 20

What a Dask worker does with ``marsad process --dask`` on PostgreSQL (``runner._analyse_batch``: read the
claimed articles, analyse them, write the results itself), run here in this process so each part can be
timed: CPU time is this process's work, wall minus CPU is mostly waiting on the server (round trips,
commits) — or, on a loaded machine, waiting for a core.  Needs PostgreSQL at 127.0.0.1:5432
(``MARSAD_TEST_PG`` overrides); the database it creates is dropped afterwards.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from itertools import islice
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # benchmarks/common.py, from any working directory
from common import DATA, have_data, postgres_missing, top_functions  # noqa: E402

SERVER = os.environ.get("MARSAD_TEST_PG", "postgresql://postgres@127.0.0.1:5432")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--day", default="2015-07-21")
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--batch", type=int, default=16, help="articles per task (bench_scale.py uses 16)")
    ap.add_argument("--cprofile", type=int, default=0, metavar="N")
    args = ap.parse_args()
    if not have_data():
        return 0
    from marsad.store.postgres.admin import create_database, drop_database

    if postgres_missing(SERVER):

        return 0
    import marsad
    from marsad.ingest.run import IngestOptions
    from marsad.ingest.sources import walk
    from marsad.pipeline import runner
    from marsad.pipeline.registry import build_pipeline
    from marsad.store.postgres import close_pools

    parts: dict[str, list[float]] = {}

    def timed(name, func):
        def inner(*a, **k):
            c0, w0 = time.process_time(), time.perf_counter()
            try:
                return func(*a, **k)
            finally:
                got = parts.setdefault(name, [0.0, 0.0])
                got[0] += time.process_time() - c0
                got[1] += time.perf_counter() - w0
        return inner

    name = f"marsad_bench_{os.getpid()}_worker"
    url = create_database(SERVER, name)
    try:
        with marsad.open(url) as m:
            m.ingest_documents(islice(walk([str(DATA / f"{args.day}.zip")]), args.articles),
                               IngestOptions(show_progress=False, keep_bytes=False))
            pipeline = build_pipeline()
            owner = f"bench:{os.getpid()}"
            runner.work_items = timed("read the claimed articles", runner.work_items)
            runner.analyse = timed("analyse", runner.analyse)
            runner.write_results = timed("write results", runner.write_results)
            claim = timed("claim", m.store.claim_pending)
            analyser = runner.Analysis(pipeline, {"entities": [], "redirects": {}}, set(), url).build()
            prof = None
            if args.cprofile:
                import cProfile

                prof = cProfile.Profile()
            n, first = 0, None
            c0, w0 = time.process_time(), time.perf_counter()
            while ids := [a for _, a in claim(pipeline.versions, owner=owner, limit=args.batch)]:
                c1, w1 = time.process_time(), time.perf_counter()
                if prof and first is not None:
                    prof.enable()
                runner._analyse_batch(analyser, runner.Batch(ids, owner))
                if prof:
                    prof.disable()
                if first is None:
                    first = (time.process_time() - c1, time.perf_counter() - w1)
                n += len(ids)
            cpu, wall = time.process_time() - c0, time.perf_counter() - w0
            analyser.close()
    finally:
        close_pools()
        drop_database(SERVER, name)
    print(f"one PostgreSQL worker, in this process: {n:,} articles of {args.day} in batches of {args.batch}; "
          f"load average {os.getloadavg()[0]:.1f}")
    print(f"  total: CPU {cpu:.1f} s = {n / cpu:.1f} articles/s per core; wall {wall:.1f} s")
    print(f"  first batch (models and knowledge base load here): CPU {first[0]:.1f} s, wall {first[1]:.1f} s")
    for part, (c, w) in sorted(parts.items(), key=lambda kv: -kv[1][1]):
        print(f"  {part:<28} CPU {c:6.1f} s  wall {w:6.1f} s  {1000 * c / n:6.1f} ms/article CPU")
    if prof:
        print(top_functions(prof, args.cprofile))
    return 0


if __name__ == "__main__":
    sys.exit(main())
