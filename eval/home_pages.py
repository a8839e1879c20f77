"""The first stories of SaudiNewsNet home pages, for reading: do they pool unrelated items?

    python eval/home_pages.py [--days 2015-07-19,...] [--show 2015-07-21,2015-07-22,2015-08-10] [--top 20]
    python eval/home_pages.py --show 2015-08-09 --before 6   # the page's day and the six before (a week)

Builds (once, kept in ``--work``) a store of the given SaudiNewsNet days run through the analysis stages the
clustering reads (timex, NER, linking, events), then places every article with the shipped pair model in
publication order (``stories.train_pairs.place``, the engine ``marsad cluster`` runs) and prints, for each
day of ``--show``, the home page's order: stories last seen within two days, two articles or more, largest
first, counting only articles published up to that day.  Each story is printed with its id, size, outlets and
its members' headlines, to the terminal only (the text stays in ../shared): judgements keep story ids and a
verdict in our words (eval/judgements/).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("MARSAD_SHARED") or ROOT.parent / "shared")
DAYS = "2015-07-21,2015-07-22,2015-08-09,2015-08-10"
SHOW = "2015-07-21,2015-07-22,2015-08-10"


def build(days: list[str], work: Path) -> Path:
    """A processed store of the days' articles (built once)."""
    from marsad.ingest.run import IngestOptions, ingest
    from marsad.pipeline.runner import ProcessOptions, process
    from marsad.store import open_store
    from marsad.stories.syndication import syndicate

    work.mkdir(parents=True, exist_ok=True)
    db = work / ("snn_" + "_".join(d[5:] for d in days) + ".db")
    done = Path(str(db) + ".done")
    if done.exists():
        return db
    if db.exists():
        db.unlink()
    store = open_store(str(db))
    zips = [str(SHARED / "data" / "saudinewsnet" / f"{d}.zip") for d in days]
    ingest(store, zips, IngestOptions(keep_bytes=False))
    process(store, ProcessOptions(corpus_steps=False, workers=2, show_progress=None,
                                  only=["timex", "ner", "link", "events"]))
    syndicate(store)
    store.close()
    done.write_text("ok\n")
    return db


def week_of(show: list[str], before: int) -> list[str]:
    """The days of ``show`` and the ``before`` days before the first of them, those present as zips."""
    first, last = min(map(date.fromisoformat, show)), max(map(date.fromisoformat, show))
    days = [(first + timedelta(days=i)).isoformat() for i in range(-before, (last - first).days + 1)]
    return [d for d in days if (SHARED / "data" / "saudinewsnet" / f"{d}.zip").exists()]


def home_pages(items, story_of: dict[str, str], day: str, top: int = 20) -> list[tuple[str, list]]:
    """The home page of ``day``: stories with an article within two days before it, 2+ articles up to it."""
    since = (date.fromisoformat(day) - timedelta(days=2)).isoformat()
    members: dict[str, list] = defaultdict(list)
    for it in items:
        f = it.features
        if f.published and f.date <= day and it.url in story_of:
            members[story_of[it.url]].append(it)
    stories = [(sid, ms) for sid, ms in members.items()
               if len(ms) >= 2 and max(m.features.date for m in ms) >= since]
    stories.sort(key=lambda t: (-len(t[1]), t[0]))
    return stories[:top]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--days", default=DAYS, help="SaudiNewsNet days in the store")
    parser.add_argument("--show", default=SHOW, help="home pages to print")
    parser.add_argument("--before", type=int, default=None,
                        help="the store holds the days of --show and this many days before the first (those of "
                             "them that exist as zips), instead of --days: a user following the news has the week")
    parser.add_argument("--top", type=int, default=20)
    parser.add_argument("--work", default=str(ROOT / ".work" / "home"))
    parser.add_argument("--titles", type=int, default=12, help="headlines printed per story")
    parser.add_argument("--options", default="{}", help="GroupOptions fields of a candidate placement, as JSON")
    args = parser.parse_args(argv)
    if not (SHARED / "data" / "saudinewsnet").exists():
        print("skipped: SaudiNewsNet not present", file=sys.stderr)
        return 0
    from marsad.store import open_store
    from marsad.stories.grouping import GroupOptions
    from marsad.stories.train_pairs import features_from_store, place
    import json

    days = args.days.split(",") if args.before is None else week_of(args.show.split(","), args.before)
    db = build(days, Path(args.work))
    store = open_store(str(db))
    items = features_from_store(store)
    store.close()
    c0 = time.process_time()
    story_of = place(items, None, GroupOptions(**json.loads(args.options)))
    cpu = time.process_time() - c0
    print(f"{len(items)} articles placed in {len(set(story_of.values()))} stories, "
          f"{cpu:.1f} s CPU ({1000 * cpu / max(1, len(items)):.2f} ms per article)")
    for day in args.show.split(","):
        print(f"\n=== {day}")
        for rank, (sid, ms) in enumerate(home_pages(items, story_of, day, args.top), 1):
            outlets = len({m.features.outlet for m in ms})
            print(f"{rank:2d}. {sid} ({len(ms)} articles, {outlets} outlets)")
            ms = sorted(ms, key=lambda m: (m.published_at or "", m.features.article_id))
            for m in ms[:args.titles]:
                print(f"      {m.features.date} {m.features.article_id[:10]} {m.features.title[:110]}")
            if len(ms) > args.titles:
                print(f"      ... {len(ms) - args.titles} more")
    return 0


if __name__ == "__main__":
    sys.exit(main())
