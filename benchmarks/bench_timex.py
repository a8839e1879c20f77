"""Speed of the time-expression scanner and of parse_date over SaudiNewsNet.

    .venv/bin/python benchmarks/bench_timex.py [--days N] [--limit N]

Reads ../shared/data/saudinewsnet/*.zip (JSON lists of {source, url,
date_extracted, title, author, content}); each article's anchor is its
date_extracted.  Prints articles/s, words/s, expressions found (by label and
how many resolved) and parse_date calls/s over the date_extracted strings.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import time
import zipfile
from datetime import date
from pathlib import Path

from marsad.nlp.timex import find_time_expressions, parse_date

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "saudinewsnet"


def load(days: int, limit: int) -> list[dict]:
    """Articles of the first ``days`` daily zips (at most ``limit``)."""
    articles: list[dict] = []
    for zpath in sorted(DATA.glob("*.zip"))[:days]:
        with zipfile.ZipFile(zpath) as z:
            for name in z.namelist():
                articles.extend(json.loads(z.read(name)))
        if len(articles) >= limit:
            break
    return articles[:limit]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--days", type=int, default=3, help="how many daily zips to read")
    ap.add_argument("--limit", type=int, default=5000, help="at most this many articles")
    args = ap.parse_args(argv)
    if not DATA.is_dir():
        print(f"SaudiNewsNet not found at {DATA}", file=sys.stderr)
        return 1
    articles = load(args.days, args.limit)
    texts = [a.get("content") or "" for a in articles]
    stamps = [a.get("date_extracted") or "" for a in articles]
    words = sum(len(t.split()) for t in texts)

    t0 = time.perf_counter()
    anchors = [parse_date(s) for s in stamps]
    t_parse = time.perf_counter() - t0
    parsed = sum(1 for a in anchors if a)

    anchor_dates = [date.fromisoformat(a[0][:10]) if a else None for a in anchors]
    labels: collections.Counter[str] = collections.Counter()
    resolved = 0
    t0 = time.perf_counter()
    for text, anchor in zip(texts, anchor_dates):
        for span in find_time_expressions(text, anchor):
            labels[span.label] += 1
            resolved += span.data["value"] is not None
    t_find = time.perf_counter() - t0
    found = sum(labels.values())

    print(f"articles: {len(texts)}  words: {words}  (mean {words / max(1, len(texts)):.0f} words/article)")
    print(f"find_time_expressions: {len(texts) / t_find:,.0f} articles/s  {words / t_find:,.0f} words/s"
          f"  ({t_find:.2f} s)")
    print(f"expressions found: {found} ({found / max(1, len(texts)):.2f}/article), resolved: {resolved}"
          f"  by label: {dict(labels.most_common())}")
    print(f"parse_date: {len(stamps) / t_parse:,.0f} calls/s over date_extracted, parsed {parsed}/{len(stamps)}")
    # Arabic datelines exercise the scanner path of parse_date, not just the ISO regex
    lines = [f"{d.day} {m} {d.year}" for d, m in zip(
        (x for x in anchor_dates if x), ["يونيو", "حزيران/يونيو", "تموز (يوليو)", "أغسطس"] * len(texts))]
    t0 = time.perf_counter()
    ok = sum(1 for s in lines if parse_date(s))
    t_ar = time.perf_counter() - t0
    print(f"parse_date (Arabic datelines built from the stamps): {len(lines) / t_ar:,.0f} calls/s, parsed {ok}/{len(lines)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
