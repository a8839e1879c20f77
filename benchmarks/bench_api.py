"""Bounded load test of `marsad serve` on 127.0.0.1 over a database holding all of SaudiNewsNet.

    python benchmarks/bench_api.py [--db PATH] [--requests 400] [--clients 4]

Builds the database once when --db does not exist yet (ingest all zips, process with
2 workers, cluster stories — this takes a while), starts the server on a free loopback
port, sends a fixed number of requests per endpoint from a few concurrent clients,
prints requests/s and p50/p99 latency, and stops by itself.
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import subprocess
import sys
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))  # benchmarks/common.py, from any working directory
from common import have_data, zips  # noqa: E402

QUERIES = ["السعودية", "وزير الخارجية", "الرياض", "مجلس الأمن", "اليمن", "النفط", "الحوثيين", "الملك سلمان",
           "إيران", "الاتفاق النووي", "داعش", "كرة القدم", "الهلال", "التعليم", "وزارة الصحة", "كورونا", "جدة",
           "الحج", "مكة المكرمة", "الاقتصاد"]


def build(db: str) -> None:
    from marsad.ingest.run import IngestOptions, ingest
    from marsad.pipeline.runner import ProcessOptions, process
    from marsad.store import open_store

    t0 = time.perf_counter()
    store = open_store(db)
    report = ingest(store, [str(p) for p in zips()], IngestOptions())
    t1 = time.perf_counter()
    proc = process(store, ProcessOptions(workers=2))
    t2 = time.perf_counter()
    print(f"built {db}: {report.articles_added:,} articles; ingest {t1 - t0:.0f} s, process {t2 - t1:.0f} s "
          f"({proc.summary()})", flush=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run(base: str, paths: list[str], clients: int) -> tuple[float, list[float], int]:
    import threading

    import httpx

    local = threading.local()

    def one(path: str) -> tuple[float, int]:
        c = getattr(local, "client", None) or httpx.Client(timeout=30)  # one keep-alive connection per client
        local.client = c
        t = time.perf_counter()
        r = c.get(base + path)
        return time.perf_counter() - t, r.status_code

    t0 = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        results = list(pool.map(one, paths))
    wall = time.perf_counter() - t0
    return wall, sorted(r[0] for r in results), sum(1 for r in results if r[1] != 200)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", default=str(ROOT / "benchmarks" / ".cache" / "saudinewsnet.db"))
    ap.add_argument("--requests", type=int, default=400, help="requests per endpoint")
    ap.add_argument("--clients", type=int, default=4, help="concurrent clients")
    args = ap.parse_args()
    if not os.path.exists(args.db):
        if not have_data():
            return 0
        os.makedirs(os.path.dirname(args.db), exist_ok=True)
        build(args.db)
    from marsad.store import open_store

    store = open_store(args.db)
    n_articles = store.stats()["tables"]["articles"]
    stories = [r["id"] for r in store.stories(limit=200)]
    store.close()
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "marsad", "--db", args.db, "serve", "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        import httpx

        for _ in range(100):
            try:
                httpx.get(base + "/api/stats", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.2)
        rng = random.Random(7)
        q = lambda: urllib.parse.quote(rng.choice(QUERIES))  # noqa: E731
        workloads = {
            "search page  /search?q=": [f"/search?q={q()}" for _ in range(args.requests)],
            "search API   /api/search?q=": [f"/api/search?q={q()}" for _ in range(args.requests)],
            "story page   /story/ID": [f"/story/{rng.choice(stories)}" for _ in range(args.requests)],
            "story API    /api/stories/ID": [f"/api/stories/{rng.choice(stories)}" for _ in range(args.requests)],
            "home page    /": ["/"] * max(20, args.requests // 10),
        }
        print(f"database: {n_articles:,} articles, {len(stories)} largest stories sampled; "
              f"{args.clients} clients on 127.0.0.1")
        print(f"{'endpoint':<32}{'requests':>9}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'errors':>8}")
        for name, paths in workloads.items():
            run(base, paths[:10], 1)  # warm caches (first story view, KB load)
            wall, lat, errors = run(base, paths, args.clients)
            p50 = statistics.median(lat) * 1000
            p99 = lat[min(len(lat) - 1, int(len(lat) * 0.99))] * 1000
            print(f"{name:<32}{len(paths):>9}{len(paths) / wall:>9.1f}{p50:>9.1f}{p99:>9.1f}{errors:>8}")
    finally:
        server.terminate()
        server.wait(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
