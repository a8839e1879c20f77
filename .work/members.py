"""Members file for home_pages_pairs.py --members: every member of each read story-page on the shipped placement of
DB, stray 1 when the day's reading lists it (home_pages_strays' marks), else 0. Usage: members.py DB FINAL GROUPS OUT"""
import csv, sys
from pathlib import Path

sys.path.insert(0, "eval")
from home_pages import home_pages
from home_pages_strays import is_stray, stray_marks
from marsad.store import open_store
from marsad.stories.grouping import GroupOptions
from marsad.stories.train_pairs import features_from_store, place

db, final, groups, out = sys.argv[1:5]
rows = lambda p: list(csv.DictReader(open(p, encoding="utf-8"), delimiter="\t"))
read = [(r["day"], r["story_id"]) for r in rows(final)]
strays = stray_marks(rows(groups))
store = open_store(db)
items = features_from_store(store)
store.close()
old = place(items, None, GroupOptions())
flag: dict[tuple[str, str], set[int]] = {}
found = 0
for day in sorted({d for d, _ in read}):
    page = dict(home_pages(items, old, day, 20))
    for d, sid in read:
        if d != day or sid not in page:
            continue
        found += 1
        for m in page[sid]:
            a = m.features.article_id[:10]
            flag.setdefault((sid, a), set()).add(int(is_stray(strays, day, sid, a)))
mixed = sum(len(v) > 1 for v in flag.values())
with open(out, "w", encoding="utf-8") as f:
    f.write("story_id\tarticle_id\tstray\n")
    for (sid, a), v in sorted(flag.items()):
        f.write(f"{sid}\t{a}\t{max(v)}\n")
print(f"{found} story-pages found of {len(read)}; {len(flag)} members, {sum(max(v) for v in flag.values())} strays; "
      f"{mixed} marked differently on two days (counted stray)", file=sys.stderr)
