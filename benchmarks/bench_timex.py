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
import sys
import time
from datetime import date
from pathlib import Path

from marsad.nlp.timex import find_time_expressions, parse_date

sys.path.insert(0, str(Path(__file__).resolve().parent))  # benchmarks/common.py, from any working directory
from common import have_data, load_records  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--days", type=int, default=3, help="how many daily zips to read")
    ap.add_argument("--limit", type=int, default=5000, help="at most this many articles")
    args = ap.parse_args(argv)
    if not have_data():
        return 0
    articles = load_records(args.limit, args.days)
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
    # Arabic datelines ("21 يوليو/تموز 2015") exercise the scanner path of parse_date, not the ISO regex;
    # check they come back as the date they were written from
    egy = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
           "ديسمبر"]
    lev = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
           "تشرين الثاني", "كانون الأول"]
    days = [d for d in anchor_dates if d]
    lines = [f"{d.day} {egy[d.month - 1]}/{lev[d.month - 1]} {d.year}" for d in days]
    t0 = time.perf_counter()
    ok = sum(1 for s, d in zip(lines, days) if parse_date(s) == (d.isoformat(), "day"))
    t_ar = time.perf_counter() - t0
    print(f"parse_date (Arabic datelines built from the stamps): {len(lines) / t_ar:,.0f} calls/s,"
          f" correct {ok}/{len(lines)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
