"""Search in PostgreSQL: a tsvector of folded words (what Marsad uses) against pg_trgm, measured on SaudiNewsNet.

    python benchmarks/bench_pg_search.py [--days 4] [--queries 60]

Both index the same folded words (``marsad.arabic`` folding, bare forms behind clitics), so
the question is what each returns and how fast:

* tsvector: ``article_search.words @@ tsquery`` with a GIN index (exact words, ranked by ts_rank);
* pg_trgm: the words space-joined in a text column with a ``gin_trgm_ops`` index, matched with
  ``LIKE '% word %'`` (exact words; trigrams only narrow the candidates; no ranking).

Agreement is with SQLite's FTS5 index over the same articles (the reference every backend must match):
recall and precision of the full result sets.  Queries are taken from the articles' own titles
(single words, two-word phrases, words behind clitics), deterministic for a given corpus.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import have_data, postgres_missing, zips  # noqa: E402

SERVER = os.environ.get("MARSAD_TEST_PG", "postgresql://postgres@127.0.0.1:5432")
LIMIT = 100000  # whole result sets


def queries(store, n: int) -> list[str]:
    """Words and phrases of titles, and clitic forms of them (وال…, بال…), every k-th distinct one."""
    from marsad.arabic.normalize import fold_for_search

    words: list[str] = []
    phrases: list[str] = []
    for a in store.iter_articles():
        toks = [t for t in re.findall(r"\w+", a.title) if len(t) >= 4 and not t.isdigit()]
        words += toks
        phrases += [" ".join(toks[i:i + 2]) for i in range(len(toks) - 1)]
    words = sorted(set(words), key=lambda w: (fold_for_search(w), w))
    phrases = sorted(set(phrases))
    picked = words[:: max(1, len(words) // (n // 2))][: n // 2]
    picked += phrases[:: max(1, len(phrases) // (n // 4))][: n // 4]
    clitic = [("و" + w) for w in words if w.startswith("ال")]
    picked += clitic[:: max(1, len(clitic) // (n // 4))][: n - len(picked)]
    return picked


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--days", type=int, default=4)
    ap.add_argument("--queries", type=int, default=60)
    args = ap.parse_args()
    if not have_data():
        return 0
    import marsad
    from marsad.ingest.run import IngestOptions
    from marsad.store.postgres.admin import create_database, drop_database
    from marsad.store.postgres.trigram import build_trigram_index, relation_sizes, trigram_search

    if postgres_missing(SERVER):

        return 0
    name = f"marsad_bench_search_{os.getpid()}"
    url = create_database(SERVER, name)
    paths = [str(p) for p in zips(args.days)]
    try:
        with tempfile.TemporaryDirectory() as tmp, marsad.open(os.path.join(tmp, "ref.db")) as lite, \
                marsad.open(url) as pg:
            lite.ingest(paths, IngestOptions(show_progress=False, keep_bytes=False))
            pg.ingest(paths, IngestOptions(show_progress=False, keep_bytes=False))
            t0 = time.perf_counter()
            build_trigram_index(pg.store)
            t_trgm = time.perf_counter() - t0
            qs = queries(lite.store, args.queries)
            engines = {"tsvector": lambda q: {r["id"] for r in pg.store.search(q, limit=LIMIT)},
                       "pg_trgm": lambda q: set(trigram_search(pg.store, q))}
            stats = {k: ([], [], []) for k in engines}  # latencies (ms), recalls, precisions
            for q in qs:
                ref = {r["id"] for r in lite.store.search(q, limit=LIMIT)}
                for label, run in engines.items():
                    run(q)  # warm the cache: we measure the index, not the disk
                    t = time.perf_counter()
                    got = run(q)
                    stats[label][0].append((time.perf_counter() - t) * 1000)
                    if ref:
                        stats[label][1].append(len(got & ref) / len(ref))
                    if got:
                        stats[label][2].append(len(got & ref) / len(got))
            sizes = relation_sizes(pg.store, ["article_search", "search_trgm"])
            print(f"{pg.store.article_count():,} SaudiNewsNet articles ({args.days} days), {len(qs)} queries from "
                  "their titles (words, phrases, clitic forms); reference: SQLite FTS5 result sets")
            for label, (lat, rec, prec) in stats.items():
                lat.sort()
                print(f"  {label:8}: recall {statistics.mean(rec):.3f}, precision {statistics.mean(prec):.3f}; "
                      f"latency median {statistics.median(lat):.1f} ms, p95 {lat[int(0.95 * (len(lat) - 1))]:.1f} ms")
            print(f"  on disk: tsvector table + GIN {sizes.get('article_search', 0) / 1e6:.1f} MB, "
                  f"trigram table + GIN {sizes.get('search_trgm', 0) / 1e6:.1f} MB (trigram index built in {t_trgm:.1f} s)")
    finally:
        drop_database(SERVER, name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
