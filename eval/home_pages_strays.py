"""Strays a candidate placement leaves on read home pages (in-sample: the pages were read to find them).

    python eval/home_pages_strays.py DB FINAL_TSV GROUPS_TSV [--options JSON] [--model FILE]

``DB`` is the store the pages were read from (``eval/home_pages.py --work``), ``FINAL_TSV`` the reader's verdict per
story (day, rank, story_id ...), ``GROUPS_TSV`` every stray with its own event (story_id, article_id prefix,
member_event; a file listing every member says which are strays in a ``stray`` column, 0 or 1; with a ``day``
column, the strays of that day's reading only; ``-`` when the reader counted strays per story only: then
``--by-verdict`` counts what a coherent story keeps).  Places the store's articles twice, with the shipped placement
and with the candidate (``--options``: GroupOptions fields as JSON; ``--model``: a pair-model JSON file as
``train_pairs`` writes it), and for each read story follows its successor (the candidate's story holding most of
its main-event members): strays still in it, main-event members still in it, and members it gained that no reader
has seen.  A stray that left and a main-event member that stayed are right; gained members need a reading
(``home_pages_diff``).  The read stories are found on the shipped placement's pages of ``DB`` and every member the
reader did not mark counts as a main-event member: compare candidates on one store against one baseline, not across
stores.
Counts only, to the terminal: headlines stay in ../shared.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def stray_marks(rows: list[dict[str, str]]) -> set[tuple[str, str, str]]:
    """(day, story, article) of every stray a reading marks (files listing every member mark strays in a ``stray``
    column); day "" when the file has no ``day`` column.  One story read on two days is two readings: the readers
    of 2015-08-10 and 08-11 took opposite main events for the Civil Service ministry's two calls, and the union of
    their strays marked all but one member."""
    return {(r.get("day", "").strip(), r["story_id"], r["article_id"]) for r in rows
            if r.get("stray", "1").strip() != "0"}


def is_stray(strays: set[tuple[str, str, str]], day: str, story: str, article: str) -> bool:
    """Is ``article`` a stray of ``story`` on the page of ``day`` (marked on that day, or by a reading of no day)?"""
    return (day, story, article) in strays or ("", story, article) in strays


def main(argv: list[str] | None = None) -> int:
    from home_pages import home_pages
    from marsad.store import open_store
    from marsad.stories.grouping import GroupOptions
    from marsad.stories.pairs import PairModel, shipped_model
    from marsad.stories.train_pairs import features_from_store, place

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db")
    parser.add_argument("final")
    parser.add_argument("groups")
    parser.add_argument("--options", default="{}", help="GroupOptions fields of the candidate, as JSON")
    parser.add_argument("--model", help="the candidate's pair model (train_pairs' JSON)")
    parser.add_argument("--base-options", default="{}",
                        help="GroupOptions of the placement the pages were read on (default: the shipped placement)")
    parser.add_argument("--top", type=int, default=20)
    parser.add_argument("--by-verdict", action="store_true", help="also count members kept by the reader's verdict "
                        "(coherent / mostly / mixed): on pages whose strays were not marked one by one (GROUPS_TSV "
                        "'-'), a coherent story's members are all main-event members")
    parser.add_argument("--list-left", action="store_true", help="print each member that left its read story, "
                        "with its headline (to the terminal), for reading")
    args = parser.parse_args(argv)

    def rows(path: str) -> list[dict[str, str]]:
        with open(path, encoding="utf-8", newline="") as fh:
            return list(csv.DictReader(fh, delimiter="\t"))

    read = [(r["day"], r["story_id"]) for r in rows(args.final)]
    verdict = {(r["day"], r["story_id"]): r.get("verdict", "?") for r in rows(args.final)}
    strays = stray_marks(rows(args.groups)) if args.groups != "-" else set()
    by_verdict: dict[str, Counter[str]] = {}
    left: list[tuple[str, str, str, str]] = []
    store = open_store(args.db)
    items = features_from_store(store)
    store.close()
    model = None
    if args.model:
        data = json.loads(Path(args.model).read_text(encoding="utf-8"))
        model = PairModel(data["weights"], data.get("threshold", 0.5), data.get("top_k", 2),
                          data.get("window_days", shipped_model().window_days))
    old = place(items, None, GroupOptions(**json.loads(args.base_options)))
    new = place(items, model, GroupOptions(**json.loads(args.options)))
    url_of = {it.features.article_id[:10]: it.url for it in items}
    total: Counter[str] = Counter()
    for day in sorted({d for d, _ in read}):
        page = dict(home_pages(items, old, day, args.top))
        c: Counter[str] = Counter()
        for d, sid in read:
            if d != day or sid not in page:
                continue
            ms = [m.features.article_id[:10] for m in page[sid]]
            bad = [a for a in ms if is_stray(strays, day, sid, a)]
            good = [a for a in ms if not is_stray(strays, day, sid, a)]
            succ = Counter(new[url_of[a]] for a in (good or ms)).most_common(1)[0][0]
            now = {it.features.article_id[:10] for it in items
                   if new.get(it.url) == succ and it.features.published and it.features.date <= day}
            c["members"] += len(ms)
            c["strays"] += len(bad)
            c["strays_kept"] += sum(new[url_of[a]] == succ for a in bad)
            c["main"] += len(good)
            c["main_kept"] += sum(new[url_of[a]] == succ for a in good)
            c["gained"] += len(now - set(ms))
            v = by_verdict.setdefault(verdict[(d, sid)], Counter())
            v["members"] += len(ms)
            v["kept"] += sum(new[url_of[a]] == succ for a in ms)
            v["stories"] += 1
            for m in page[sid]:
                a = m.features.article_id[:10]
                if new[url_of[a]] != succ and (sid, a) not in {(x[1], x[2]) for x in left}:
                    left.append((day, sid, a, m.features.title[:110]))
        print(f"{day}: strays {c['strays']}/{c['members']} -> {c['strays_kept']}/{c['strays_kept'] + c['main_kept']}"
              f" kept; main-event members kept {c['main_kept']}/{c['main']}; gained (unread) {c['gained']}")
        total += c
    if args.by_verdict:
        for v, c in sorted(by_verdict.items()):
            print(f"verdict {v}: {c['stories']} story-pages, members kept {c['kept']}/{c['members']}")
    if args.list_left:
        for day, sid, a, title in left:
            print(f"LEFT {day} {sid} {a} {'stray' if is_stray(strays, day, sid, a) else '-'} {title}")
    print(f"all: strays {total['strays']} -> {total['strays_kept']}, main-event members {total['main']} -> "
          f"{total['main_kept']}, gained (unread) {total['gained']}; stories {len(set(old.values()))} -> "
          f"{len(set(new.values()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
