"""Dump a store's story partition, or compare it with an earlier dump (is a faster clustering still the same?).

    python benchmarks/story_partition.py STORE --out base.json        # after a run of the base code
    python benchmarks/story_partition.py STORE --compare base.json    # after a run of the changed code

The dump holds, for every clustered article, its *story key* — the sorted member list of its story, following
merges, so story ids do not matter — plus its placement score, and for every live story its title, size, span of
days and centroid, and the syndication groups.  ``--compare`` prints how many articles' stories differ (and a few
examples), how many placement scores, story titles/centroids and syndication groups differ; exit status 1 when
anything differs.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path


def dump(db: str) -> dict:
    from marsad.store import open_store

    store = open_store(db, readonly=True)
    merged = store.story_merges()

    def live(sid: str) -> str:
        seen = set()
        while sid in merged and sid not in seen:
            seen.add(sid)
            sid = merged[sid]
        return sid

    rows = store.story_placements()
    members: dict[str, list[str]] = defaultdict(list)
    for r in rows:
        members[live(r["story_id"])].append(r["article_id"])
    key_of_story = {sid: "|".join(sorted(ms)) for sid, ms in members.items()}
    stories = {}
    for r in store.live_stories():
        if r["id"] in key_of_story:
            stories[key_of_story[r["id"]]] = [r["title"], r["size"], r["first_seen"], r["last_seen"], r["centroid"]]
    syn = defaultdict(list)
    for article_id, group in store.syndication_partition().items():
        syn[group].append(article_id)
    store.close()
    return {"articles": {r["article_id"]: [key_of_story[live(r["story_id"])], r["score"]] for r in rows},
            "stories": stories,
            "syndication": sorted("|".join(sorted(ms)) for ms in syn.values())}


def compare(a: dict, b: dict, show: int = 10) -> int:
    ids = set(a["articles"]) | set(b["articles"])
    moved = sorted(i for i in ids if (a["articles"].get(i) or [None])[0] != (b["articles"].get(i) or [None])[0])
    scores = sum(1 for i in ids - set(moved) if a["articles"][i][1] != b["articles"][i][1])
    common = set(a["stories"]) & set(b["stories"])
    titles = sum(1 for k in common if a["stories"][k][0] != b["stories"][k][0])
    other = sum(1 for k in common if a["stories"][k][1:] != b["stories"][k][1:])
    syn = len(set(a["syndication"]) ^ set(b["syndication"]))
    print(f"articles: {len(a['articles'])} vs {len(b['articles'])}; stories: {len(a['stories'])} vs {len(b['stories'])}")
    print(f"articles whose story differs: {len(moved)}")
    for i in moved[:show]:
        print(f"  {i}: {len((a['articles'].get(i) or [''])[0].split('|'))} members before,"
              f" {len((b['articles'].get(i) or [''])[0].split('|'))} after")
    print(f"placement scores differing (same story): {scores}; same stories with another title: {titles},"
          f" another size/span/centroid: {other}; syndication groups differing: {syn}")
    return 1 if moved or scores or titles or other or syn else 0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("db")
    p.add_argument("--out", help="write the dump here")
    p.add_argument("--compare", help="compare with this earlier dump")
    args = p.parse_args(argv)
    d = dump(args.db)
    if args.out:
        Path(args.out).write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
        print(f"{len(d['articles'])} articles in {len(d['stories'])} stories written to {args.out}")
    if args.compare:
        return compare(json.loads(Path(args.compare).read_text(encoding="utf-8")), d)
    return 0


if __name__ == "__main__":
    sys.exit(main())
