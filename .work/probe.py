"""Join-time centroid cosines of articles joining big stories, against readers' stray marks (scratch)."""
import csv, sys, json
from collections import defaultdict
sys.path.insert(0, '/work/wt-stories54/eval')
from home_pages import home_pages
from marsad.store import open_store
from marsad.stories.grouping import Grouper, GroupOptions, _centroid_cosine
from marsad.stories.pairs import pair_features
from marsad.stories.train_pairs import features_from_store, place

db, final, groups, out = sys.argv[1:5]
LATEST = 30
rec = {}

class G(Grouper):
    def add(self, f, copy_story=None, copy_seq=0):
        before = {sid: len(st.members) for sid, st in self.stories.items()}
        mats = dict(self._mats)
        sid = super().add(f, copy_story, copy_seq)
        st = self.stories.get(sid)
        if st is not None and f.published and sid in before:
            ms = [m for m in self._window_members(st) if m.article_id != f.article_id][-LATEST:]
            if len(ms) >= 15:
                known = self._known[1] if self._known[0] == f.article_id else {}
                core = {}
                if sid in mats:
                    ids, w = mats[sid]
                    deg = (w.sum(axis=1) - w.diagonal()) / max(1, len(ids) - 1)
                    order = sorted(range(len(ids)), key=lambda i: -deg[i])
                    core = {ids[i]: (float(deg[i]), r / len(ids)) for r, i in enumerate(order)}
                pairs = [(m[:10], p, *core.get(m, (None, None))) for m, p in known.items()
                         if self.story_of.get(m) == sid or m in core]
                corep = []
                if core:
                    top = sorted(core, key=lambda m: core[m][1])[:10]
                    corep = [self.model.prob_of(pair_features(f, self.features[m])) if m in self.features else None
                             for m in top]
                rec[f.article_id] = dict(pairs=pairs, corep=corep, n=len(ms), copy=bool(copy_story), score=self.last_score,
                    **{a: _centroid_cosine([f], ms, a) for a in ("title_vec", "lead", "terms")})
        return sid

store = open_store(db); items = features_from_store(store); store.close()
g = G(None, GroupOptions())
story_of = place(items, None, None, grouper=g)
strays = {(r['story_id'], r['article_id']) for r in csv.DictReader(open(groups), delimiter='\t')}
read = [(r['day'], r['story_id']) for r in csv.DictReader(open(final), delimiter='\t')]
rows = []
seen = set()
for day in sorted({d for d, _ in read}):
    page = dict(home_pages(items, story_of, day, 20))
    for d, sid in read:
        if d != day or sid not in page:
            continue
        for m in page[sid]:
            a = m.features.article_id
            if a in seen: continue
            seen.add(a)
            r = rec.get(a)
            rows.append(dict(day=day, sid=sid, a=a[:10], stray=int((sid, a[:10]) in strays), **(r or {})))
json.dump(rows, open(out, 'w'))
print(len(rows), sum(r['stray'] for r in rows), sum('n' in r for r in rows), sum('n' in r and r['stray'] for r in rows))
