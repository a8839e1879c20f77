import sys, pickle, time; sys.path.insert(0, ".work")
from nested import *
from sim import simulate
t = time.time()
tabs = {}
for typ in ("PROTEST", "ASSAULT"):
    tabs[typ] = scores_table(typ)
    print(typ, "table %.0fs" % (time.time() - t), flush=True)
pickle.dump(tabs, open(".work/tabs_base.pkl", "wb"))
def url(typ, r): return "gsr:%s:%s" % (typ.lower(), r.id)
for cs in ((0.03, 0.1, 0.3), (0.01, 0.03, 0.1)):
    for target in (0.75, 0.8, 0.85):
        recs = []
        for typ, (rows, fold, table) in tabs.items():
            P, THR = outer(rows, fold, table, cs, target)
            recs += [(url(typ, r), typ, r.positive, P[i], THR[i]) for i, r in enumerate(rows) if r.scored]
        print(cs, target, simulate(recs), flush=True)
