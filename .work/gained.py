"""Per page: the members a candidate model's successor stories gained (home_pages_strays' 'gained (unread)'), with
the author's own verdicts (in-sample, not independent). Usage: gained.py DB FINAL GROUPS MODEL VERDICTS_TSV"""
import csv, json, sys
from collections import Counter

sys.path.insert(0, "eval")
from home_pages import home_pages
from home_pages_strays import is_stray, stray_marks
from marsad.store import open_store
from marsad.stories.grouping import GroupOptions
from marsad.stories.pairs import PairModel
from marsad.stories.train_pairs import features_from_store, place

db, final, groups, model_path, verdicts = sys.argv[1:6]
rows = lambda p: list(csv.DictReader(open(p, encoding="utf-8"), delimiter="\t"))
read = [(r["day"], r["story_id"]) for r in rows(final)]
strays = stray_marks(rows(groups))
mine = {r["article_id"]: r["verdict"] for r in rows(verdicts)}
d = json.loads(open(model_path, encoding="utf-8").read())
model = PairModel(d["weights"], d["threshold"], d["top_k"], d["window_days"])
store = open_store(db)
items = features_from_store(store)
store.close()
old, new = place(items, None, GroupOptions()), place(items, model, GroupOptions())
url_of = {it.features.article_id[:10]: it.url for it in items}
total = Counter()
for day in sorted({d for d, _ in read}):
    page = dict(home_pages(items, old, day, 20))
    c = Counter()
    for d_, sid in read:
        if d_ != day or sid not in page:
            continue
        ms = [m.features.article_id[:10] for m in page[sid]]
        good = [a for a in ms if not is_stray(strays, day, sid, a)]
        succ = Counter(new[url_of[a]] for a in (good or ms)).most_common(1)[0][0]
        now = {it.features.article_id[:10] for it in items
               if new.get(it.url) == succ and it.features.published and it.features.date <= day}
        for a in sorted(now - set(ms)):
            v = mine.get(a, "unjudged")
            c[v] += 1
            print(f"{day} {sid} {a} {v}")
    print(f"{day}: gained {dict(c)}")
    total += c
print(f"all: gained {dict(total)}")
