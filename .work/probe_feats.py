"""For each read member, its best pair (among the story's 30 earlier members): the pair features (scratch)."""
import csv, sys, json
sys.path.insert(0, '/work/wt-stories54/eval')
from home_pages import home_pages
from marsad.store import open_store
from marsad.stories.grouping import GroupOptions
from marsad.stories.pairs import FEATURES, pair_features, shipped_model
from marsad.stories.train_pairs import features_from_store, place

db, final, groups, out = sys.argv[1:5]
store = open_store(db); items = features_from_store(store); store.close()
story_of = place(items, None, GroupOptions())
model = shipped_model()
strays = {(r['day'], r['story_id'], r['article_id']) for r in csv.DictReader(open(groups), delimiter='\t')}
read = [(r['day'], r['story_id']) for r in csv.DictReader(open(final), delimiter='\t')]
rows, seen = [], set()
for day in sorted({d for d, _ in read}):
    page = dict(home_pages(items, story_of, day, 20))
    for d, sid in read:
        if d != day or sid not in page:
            continue
        ms = sorted(page[sid], key=lambda m: (m.published_at or "", m.features.article_id))
        for i, m in enumerate(ms):
            a = m.features.article_id[:10]
            if i < 15 or a in seen or m.features.opinion:
                continue
            seen.add(a)
            best = max(((model.prob_of(x := pair_features(m.features, e.features)), x, e.features.article_id[:10])
                        for e in ms[max(0, i - 30):i]), key=lambda t: t[0])
            rows.append(dict(a=a, via=best[2], via_stray=int((d, sid, best[2]) in strays), stray=int((d, sid, a) in strays), p=best[0], n_ent=len(m.features.entities),
                             n_act=len(m.features.actors), **dict(zip(FEATURES, best[1]))))
json.dump(rows, open(out, 'w'))
print(len(rows), sum(r['stray'] for r in rows))
