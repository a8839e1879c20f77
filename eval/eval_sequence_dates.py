"""How well a site's page numbers date pages that carry only their fetch time, on SaudiNewsNet.

SaudiNewsNet dates every record by when it was fetched (``date_extracted``); its first crawl of each site holds
weeks of older pages. Two sites also put the publication day in their URLs (``aleqt.com/2015/07/13/…``,
``okaz.com.sa/…/Issues/20150720/…``): on them the URL day is the truth, and the estimate is made as if it were not
there — ``marsad.extract.sequence`` reads only page numbers and fetch times, never the URL day. Prints, for the
pages of those sites whose fetch came two days or more after their URL day (the backlog) and for all their pages,
how often the date is within a day of the truth: the fetch date as is, and the date Marsad gives (the day the
page's own text says it was written — "اليوم (الاثنين)", :func:`marsad.nlp.timex.stated_day` — else the estimate,
where it moves the page ``MIN_MOVE`` days back or more). The pages whose text states its day are also shown apart:
how often that day is the URL day, and how often it is the day before (a print edition's day: the text was written
and posted the evening before, and its "today" is that day).

    python eval/eval_sequence_dates.py      (exit 1 below the floors in eval/floors/sequence_dates.json)
"""

from __future__ import annotations

import json
import sys
import zipfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from marsad import settings  # noqa: E402
from marsad.extract.assemble import url_date  # noqa: E402
from marsad.extract.sequence import estimate_dates, fetched_page, site_number  # noqa: E402
from marsad.ingest.run import stated_near_estimate  # noqa: E402
from marsad.nlp.timex import stated_day  # noqa: E402

FLOORS = ROOT / "eval" / "floors" / "sequence_dates.json"
TRUTH_SITES = ("aleqtisadiya", "okaz")


def records(shared: Path) -> list[dict]:
    out = []
    for path in sorted((shared / "data" / "saudinewsnet").glob("*.zip")):
        with zipfile.ZipFile(path) as zf:
            out += json.loads(zf.read(zf.namelist()[0]).decode("utf-8"))
    return out


def _days(a: str, b: str) -> int:
    return (date.fromisoformat(a) - date.fromisoformat(b)).days


def main() -> int:
    shared = Path(settings.get("shared"))
    if not (shared / "data" / "saudinewsnet").exists():
        print(f"skip: {shared}/data/saudinewsnet not present")
        return 0
    recs = records(shared)
    pages = [p for i, r in enumerate(recs) if (p := fetched_page(str(i), r["source"], r["url"], r["date_extracted"]))]
    estimates = estimate_dates(pages)
    moved_by_site: dict[str, int] = {}
    rows = []  # (site, truth, fetched, given)
    stated_rows = []  # (truth, fetched, estimate or fetched, stated)
    for i, r in enumerate(recs):
        fetched = r["date_extracted"][:10]
        given = estimates.get(str(i))
        if given:
            moved_by_site[r["source"]] = moved_by_site.get(r["source"], 0) + 1
        truth = url_date(r["url"])
        if r["source"] in TRUTH_SITES and truth and site_number(r["url"]) is not None:
            said = stated_day(f"{r.get('title') or ''}\n{r.get('content') or ''}", date.fromisoformat(fetched))
            said = stated_near_estimate(said.isoformat(), fetched, given) if said else None
            rows.append((r["source"], truth, fetched, said or given or fetched))
            if said:
                stated_rows.append((truth, fetched, given or fetched, said))
    print(f"{len(recs)} SaudiNewsNet records, {len(pages)} with a page number or code; moved back by the site's sequence:")
    print("  " + ", ".join(f"{s} {n}" for s, n in sorted(moved_by_site.items(), key=lambda x: -x[1])))
    figures = {}
    for name, subset in (("backlog", [r for r in rows if _days(r[2], r[1]) >= 2]), ("all", rows)):
        n = len(subset)
        as_is = sum(abs(_days(f, t)) <= 1 for _, t, f, _ in subset) / n
        ours = sum(abs(_days(g, t)) <= 1 for _, t, _, g in subset) / n
        off = sum(abs(_days(g, t)) > 7 for _, t, _, g in subset)
        figures[f"{name}_within_a_day"] = round(ours, 3)
        print(f"{name:8} {n:5} pages of {'+'.join(TRUTH_SITES)} dated by URL: within a day of the URL day "
              f"{as_is:.3f} by fetch date, {ours:.3f} as Marsad dates them ({off} more than a week off)")
    n = len(stated_rows)
    if n:
        exact = {name: sum(row[k] == row[0] for row in stated_rows)
                 for k, name in enumerate(("fetch", "estimate", "stated"), 1)}
        before = sum(_days(s, t) == -1 for t, _, _, s in stated_rows)
        figures["stated_same_day"] = round(exact["stated"] / n, 3)
        figures["stated_within_a_day"] = round(sum(abs(_days(s, t)) <= 1 for t, _, _, s in stated_rows) / n, 3)
        print(f"stated   {n:5} pages whose text states the day it was written (another day than the fetch): the URL day "
              f"is the fetch date {exact['fetch'] / n:.3f}, the sequence estimate {exact['estimate'] / n:.3f}, the stated day "
              f"{exact['stated'] / n:.3f} (the day before it: {before / n:.3f}; within a day "
              f"{figures['stated_within_a_day']:.3f})")
    floors = json.loads(FLOORS.read_text())
    low = {k: (figures[k], v) for k, v in floors.items() if figures[k] < v}
    for k, (got, floor) in low.items():
        print(f"BELOW FLOOR: {k} {got:.3f} < {floor}")
    return 1 if low else 0


if __name__ == "__main__":
    sys.exit(main())
