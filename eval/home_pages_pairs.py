"""Pairs of read home-page members a pair model keeps in one story: what readers marked apart, and together.

    python eval/home_pages_pairs.py DB [--strays TSV ...] [--members TSV ...] [--model FILE ...] [--options JSON]

``DB`` is a store built by ``eval/home_pages.py`` (``--work``) holding the read days.  Two kinds of readings
(eval/judgements/):

- ``--strays``: files listing a story's strays only, each with its own event (``member_event``, ``stray_event``
  or ``note``; rows with ``stray`` 0 are skipped, and so is version B of a two-version file).  A stray and the
  story's first article (its id names it) are two events; two strays of one story are one event when the reader
  wrote the same words for both, else two.
- ``--members``: files listing every member of a read story with ``stray`` 0 (main event) or 1.  Two main-event
  members are one event; a main-event member and a stray are two.

Each model (``train_pairs`` JSON; the shipped one when none is given), with the shipped placement's options or
``--options`` (GroupOptions fields of a candidate, as JSON), places the store's articles in publication
order, and the pairs of two events still in one story and the pairs of one event kept together are counted.
The readings were made on older placements: a read article is found by its id prefix whatever story holds it
now.  Counts only, to the terminal (the headlines stay in ../shared).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import defaultdict
from pathlib import Path


def _rows(path: Path):
    with open(path, encoding="utf-8") as f:
        yield from csv.DictReader(f, delimiter="\t")


def stray_pairs(paths: list[Path], full_id) -> dict[tuple[str, str], int]:
    """(article, article) → 1 (one event) or 0 (two) from files listing strays with their own event."""
    out: dict[tuple[str, str], int] = {}
    for path in paths:
        by_story: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for r in _rows(path):
            if r.get("version") == "B" or r.get("stray", "1") != "1":
                continue
            a = full_id(r["article_id"])
            if a:
                event = (r.get("member_event") or r.get("stray_event") or r.get("note") or "").strip()
                by_story[r["story_id"]].append((a, event))
        strays = {a for ms in by_story.values() for a, _ in ms}
        for sid, ms in by_story.items():
            seed = full_id(sid[2:12])
            for a, _ in ms:
                if seed and seed not in strays and seed != a:
                    out[tuple(sorted((a, seed)))] = 0
            for i, (a, ea) in enumerate(ms):
                for b, eb in ms[i + 1:]:
                    if a != b:
                        out[tuple(sorted((a, b)))] = 1 if ea == eb else 0
    return out


def member_pairs(paths: list[Path], full_id) -> dict[tuple[str, str], int]:
    """(article, article) → 1 (both main event) or 0 (one a stray) from files listing every member."""
    out: dict[tuple[str, str], int] = {}
    for path in paths:
        by_story: dict[str, list[tuple[str, bool]]] = defaultdict(list)
        for r in _rows(path):
            a = full_id(r["article_id"])
            if a:
                by_story[r["story_id"]].append((a, r["stray"] == "1"))
        for ms in by_story.values():
            for i, (a, sa) in enumerate(ms):
                for b, sb in ms[i + 1:]:
                    key = tuple(sorted((a, b)))
                    if a == b or out.get(key) == 1:
                        continue
                    if not sa and not sb:
                        out[key] = 1
                    elif sa != sb:
                        out[key] = 0
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db")
    parser.add_argument("--strays", nargs="*", default=[], type=Path)
    parser.add_argument("--members", nargs="*", default=[], type=Path)
    parser.add_argument("--model", nargs="*", default=[], help="pair-model JSON files (default: the shipped one)")
    parser.add_argument("--options", default="{}", help="GroupOptions fields of a candidate placement, as JSON")
    args = parser.parse_args(argv)
    from marsad.store import open_store
    from marsad.stories.grouping import GroupOptions
    from marsad.stories.pairs import PairModel, shipped_model
    from marsad.stories.train_pairs import features_from_store, place

    store = open_store(args.db)
    items = features_from_store(store)
    store.close()
    by_prefix: dict[str, str] = {}
    for it in items:
        by_prefix.setdefault(it.features.article_id[:10], it.features.article_id)
    pairs = {}
    for kind, got in (("strays", stray_pairs(args.strays, by_prefix.get)),
                      ("members", member_pairs(args.members, by_prefix.get))):
        if got:
            pairs[kind] = got
    for name in args.model or ["shipped"]:
        if name == "shipped":
            model = shipped_model()
        else:
            d = json.loads(Path(name).read_text(encoding="utf-8"))
            model = PairModel(d["weights"], d["threshold"], d["top_k"], d["window_days"])
        story_of = place(items, model, GroupOptions(**json.loads(args.options)))
        sid = {it.features.article_id: story_of.get(it.url) for it in items}
        for kind, got in pairs.items():
            two = [k for k, v in got.items() if v == 0]
            one = [k for k, v in got.items() if v == 1]
            print(f"{name} {kind}: two events in one story {sum(sid[a] == sid[b] for a, b in two)}/{len(two)}, "
                  f"one event kept together {sum(sid[a] == sid[b] for a, b in one)}/{len(one)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
