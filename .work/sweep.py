"""Strays / main-event members kept by candidate GroupOptions on a read store (home_pages_strays' counting)."""
import csv, json, sys
from collections import Counter
sys.path.insert(0, '/work/wt-stories54/eval')
from home_pages import home_pages
from marsad.store import open_store
from marsad.stories.grouping import GroupOptions
from marsad.stories.train_pairs import features_from_store, place

db, final, groups = sys.argv[1:4]
import os
VERBOSE = os.environ.get('VERBOSE')
cands = [json.loads(x) for x in sys.argv[4:]]
rows = lambda p: list(csv.DictReader(open(p), delimiter='\t'))
read = [(r['day'], r['story_id']) for r in rows(final)]
strays = {(r['day'], r['story_id'], r['article_id']) for r in rows(groups)}
store = open_store(db); items = features_from_store(store); store.close()
old = place(items, None, GroupOptions())
url_of = {it.features.article_id[:10]: it.url for it in items}
pages = {day: dict(home_pages(items, old, day, 20)) for day in sorted({d for d, _ in read})}
for opts in cands:
    new = place(items, None, GroupOptions(**opts))
    t = Counter()
    for d, sid in read:
        if sid not in pages[d]:
            continue
        ms = [m.features.article_id[:10] for m in pages[d][sid]]
        bad = [a for a in ms if (d, sid, a) in strays]; good = [a for a in ms if (d, sid, a) not in strays]
        succ = Counter(new[url_of[a]] for a in (good or ms)).most_common(1)[0][0]
        t['strays'] += len(bad); t['skept'] += sum(new[url_of[a]] == succ for a in bad)
        t['main'] += len(good); t['mkept'] += sum(new[url_of[a]] == succ for a in good)
        now = {it.features.article_id[:10] for it in items if new.get(it.url) == succ and it.features.published
               and it.features.date <= d}
        t['gained'] += len(now - set(ms))
        ls = sum(new[url_of[a]] != succ for a in bad); lm = sum(new[url_of[a]] != succ for a in good)
        if VERBOSE and (ls or lm or now - set(ms)):
            print(f"   {d} {sid} {len(ms)}: strays left {ls}/{len(bad)}, main left {lm}, gained {len(now - set(ms))}"
                  f" {' '.join(a for a in ms if new[url_of[a]] != succ)}")
    print(json.dumps(opts), f"strays {t['strays']} -> {t['skept']}, main {t['main']} -> {t['mkept']}, "
          f"gained {t['gained']}, stories {len(set(new.values()))}", flush=True)
