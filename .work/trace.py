"""Trace placement of chosen articles: their candidate scores. usage: trace.py DB ID10... [contact_slots=False]"""
import sys, pickle, os
from marsad.store import open_store
from marsad.stories.train_pairs import features_from_store, place
from marsad.stories import grouping
from marsad.stories.grouping import GroupOptions
db = sys.argv[1]
ids = [a for a in sys.argv[2:] if "=" not in a]
opts = GroupOptions()
for a in sys.argv[2:]:
    if "=" in a:
        k, v = a.split("="); setattr(opts, k, {"False": False, "True": True}.get(v, v))
cache = "/tmp/" + os.path.basename(db) + ".items.pkl"  # never beside a store that is not ours
if os.path.exists(cache):
    items = pickle.load(open(cache, "rb"))
else:
    store = open_store(db); items = features_from_store(store); store.close()
    pickle.dump(items, open(cache, "wb"))
orig = grouping.Grouper.scores
def scores(self, f):
    out = orig(self, f)
    if f.article_id[:10] in ids:
        c = f.contact
        print(f.article_id[:10], f.title[:60], c and (c.kind, sorted(c.counterparts), sorted(c.hosts)))
        for m in self.compared(f):
            mc = m.contact
            print("    vs", m.article_id[:10], self.story_of[m.article_id], round(self.model.prob_of(grouping.pair_features(f, m)), 3),
                  mc and (mc.kind, sorted(mc.counterparts), sorted(mc.hosts)), m.title[:50])
        print("   ->", [(round(s, 3), st.id) for s, st in out[:4]], "join", self.join)
    return out
grouping.Grouper.scores = scores
so = place(items, options=opts)
by = {it.features.article_id[:10]: it for it in items}
for a in ids:
    print(a, so.get(by[a].url), by[a].group and by[a].group[:8])
