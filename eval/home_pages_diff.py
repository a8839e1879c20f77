"""Which members a change to the story code moved on the home pages, for a paired reading.

    python eval/home_pages.py ... --work DIR > before.txt     # on the old code
    python eval/home_pages.py ... --work DIR > after.txt      # on the new code, same store
    python eval/home_pages_diff.py before.txt after.txt > moved.txt

For each story of a home page before the change, the story after it that holds most of its members is its
successor: members it lost are listed ``LEFT``, members it gained ``JOINED`` (each story/article pair once,
over all the days shown).  A reader then says of each moved article whether it belongs to the story's main
event: a stray that left and a member that joined are right moves.  Printed to the terminal only: the
headlines stay in ../shared; judgements keep ids and verdicts (eval/judgements/).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

_DAY = re.compile(r"=== (\S+)")
_STORY = re.compile(r"\s*\d+\. (s-[\w-]+) \((\d+) articles")
_MEMBER = re.compile(r"\s+(\d{4}-\d\d-\d\d) (\w{10}) (.*)")


def parse(path: Path) -> dict[str, list[dict]]:
    """Day → its stories in home-page order, each ``{"id", "size", "members": {prefix: (date, headline)}}``."""
    days: dict[str, list[dict]] = {}
    stories = story = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if m := _DAY.match(line):
            stories = days.setdefault(m.group(1), [])
        elif (m := _STORY.match(line)) and stories is not None:
            story = {"id": m.group(1), "size": int(m.group(2)), "members": {}}
            stories.append(story)
        elif (m := _MEMBER.match(line)) and story is not None:
            story["members"][m.group(2)] = (m.group(1), m.group(3).strip())
    return days


def moved(before: dict, after: dict) -> list[tuple[str, dict, dict, list[str], list[str]]]:
    """(day, story before, its successor, members left, members joined) for every story that changed."""
    out, seen = [], set()
    for day in sorted(before):
        holder = {a: s for s in after.get(day, []) for a in s["members"]}
        for s in before[day]:
            counts = Counter(holder[a]["id"] for a in s["members"] if a in holder)
            if not counts:
                continue  # the story fell off the page: nothing to pair it with
            succ = next(x for x in after[day] if x["id"] == counts.most_common(1)[0][0])
            left = [a for a in s["members"] if a not in succ["members"] and (s["id"], a) not in seen]
            joined = [a for a in succ["members"] if a not in s["members"] and (succ["id"], a) not in seen]
            seen.update((s["id"], a) for a in left)
            seen.update((succ["id"], a) for a in joined)
            if left or joined:
                out.append((day, s, succ, left, joined))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("before", type=Path)
    ap.add_argument("after", type=Path)
    args = ap.parse_args(argv)
    k = 0
    for day, s, succ, left, joined in moved(parse(args.before), parse(args.after)):
        print(f"\n=== {day} story {s['id']} (before: {s['size']} articles; after: {succ['size']})")
        print("  the story's first headlines (for what it is about):")
        for a in [a for a in succ["members"] if a in s["members"]][:6]:
            print(f"      {s['members'][a][0]} {a} {s['members'][a][1]}")
        for tag, ids, src in (("LEFT  ", left, s), ("JOINED", joined, succ)):
            for a in ids:
                k += 1
                print(f"  {tag} #{k} {src['members'][a][0]} {a} {src['members'][a][1]}")
    print(f"{k} moved", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
