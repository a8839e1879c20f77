"""Log the chain split's best cut of each look at a big story, with what stopped it (scratch)."""
import csv, sys, json, inspect, textwrap
sys.path.insert(0, '/work/wt-stories54/eval')
from home_pages import home_pages
from marsad.store import open_store
import marsad.stories.grouping as G
from marsad.stories.train_pairs import features_from_store, place

db, final, groups, out = sys.argv[1:5]
src = "class _X:\n" + inspect.getsource(G.Grouper._split)
src = src.replace("""        side = [ms[i] for i in order[:best[1]]]
        rest = [ms[i] for i in order[best[1]:]]""", """        side = [ms[i] for i in order[:best[1]]]
        rest = [ms[i] for i in order[best[1]:]]
        _a, _b = order[:best[1]], order[best[1]:]
        _sub = w[np.ix_(_a, _b)]
        if len(side) > len(rest):
            side, rest = rest, side
            _sub = _sub.T
        _thr = 0.75 ** self.opts.split_power
        XS = dict(ss=int((_sub.max(axis=1) >= _thr).sum()), sr=int((_sub.max(axis=0) >= _thr).sum()),
                  top=float(_sub.sum(axis=1).max() / max(1e-12, _sub.sum())), cross=float(_sub.sum()))
        LOG.append(dict(**XS, story=st.id, cond=best[0], ga=groups_alike(side, rest), pa=places_apart(side, rest), sdays=sorted({m.date for m in side}), rdays=sorted({m.date for m in rest}), side=[m.article_id[:10] for m in side], n=n,
                        alike=self._alike(side, rest), react=bool(self.opts.merge_reactions and self._reactions_of(side, rest))))""")
src = src.replace("""        if best[0] >= self.opts.split_cut:
            return
        side =""", """        side =""")
src = src.replace("""        if self._alike(side, rest):""", """        if best[0] >= self.opts.split_cut:
            return
        if self._alike(side, rest):""")
ns = dict(vars(G)); ns['LOG'] = LOG = []
exec(src, ns)
G.Grouper._split = ns['_X']._split
store = open_store(db); items = features_from_store(store); store.close()
story_of = place(items, None, G.GroupOptions())
strays = {(r['story_id'], r['article_id']) for r in csv.DictReader(open(groups), delimiter='\t')}  # any day
stray_ids = {a for _, a in strays}
read = [(r['day'], r['story_id']) for r in csv.DictReader(open(final), delimiter='\t')]
page_members = {}
for day in sorted({d for d, _ in read}):
    page = dict(home_pages(items, story_of, day, 20))
    for d, sid in read:
        if d == day and sid in page:
            for m in page[sid]:
                page_members[m.features.article_id[:10]] = int((sid, m.features.article_id[:10]) in strays)
for e in LOG:
    e['read'] = sum(a in page_members for a in e['side']); e['stray'] = sum(page_members.get(a, 0) for a in e['side'])
json.dump(LOG, open(out, 'w'))
print(len(LOG))
