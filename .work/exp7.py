import sys, pickle, numpy as np; sys.path.insert(0, ".work")
import nested
from nested import *
from sim import simulate
tabs = pickle.load(open(".work/tabs_base.pkl", "rb"))
def url(typ, r): return "gsr:%s:%s" % (typ.lower(), r.id)
orig = T._choose_threshold
def smoothed(pseudo):
    def choose(scores, gold, target_p):
        values = np.unique(scores)
        cands = [float(values[0]) - 1e-9] + [float((a + b) / 2) for a, b in zip(values, values[1:])]
        curve = []
        for t in cands:
            hit = scores >= t; tp = int((hit & gold).sum()); n = int(hit.sum())
            p = tp / (n + pseudo) if n else 0.0
            r = tp / gold.sum()
            curve.append((t, p, r))
        ok = [x for x in curve if x[1] >= target_p and x[2] > 0]
        pool = ok or curve
        best = max(pool, key=lambda x: (2 * x[1] * x[2] / (x[1] + x[2]) if x[1] + x[2] else 0.0, -x[0]))
        return best[0], curve
    return choose
for name, fn in (("orig", orig), ("pseudo1", smoothed(1)), ("pseudo2", smoothed(2)), ("pseudo4", smoothed(4))):
    T._choose_threshold = fn
    recs = []; thr = {}
    for typ, (rows, fold, table) in tabs.items():
        P, THR = outer(rows, fold, table, (0.03, 0.1, 0.3), 0.8)
        thr[typ] = sorted(set(np.round(THR, 3)))
        recs += [(url(typ, r), typ, r.positive, P[i], THR[i]) for i, r in enumerate(rows) if r.scored]
    print(name, simulate(recs), thr, flush=True)
