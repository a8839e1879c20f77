import sys; sys.path.insert(0, ".work")
from exp import *
import numpy as np
from marsad.stories.incidents_check import INCIDENT_FEATURES
data = {}
for n in ("0727", "0804"):
    pk = Path(f".work/pairs_{n}.pkl")
    if pk.exists():
        data[n] = pickle.loads(pk.read_bytes())
    else:
        db, final, groups = SETS[n]
        items, old = load(db)
        ps = ti.read_pairs(db, final, groups, items=items, old=old)
        data[n] = ti.vectors(ps)
        pk.write_bytes(pickle.dumps(data[n]))
for n, (X, y, sw) in data.items():
    X, y, sw = np.array(X), np.array(y), np.array(sw)
    print(n, "weighted means same / different")
    for j, f in enumerate(INCIDENT_FEATURES):
        ms = np.average(X[y == 1, j], weights=sw[y == 1]); md = np.average(X[y == 0, j], weights=sw[y == 0])
        print(f"   {f:16s} {ms:.3f} {md:.3f} {'*' if abs(ms-md)>0.05 else ''}")
def cut_at(Xt, yt, st, w, same_cut=0.05):
    z = Xt @ w
    # bar such that weighted same cut = 5%
    order = np.argsort(z)
    cs = np.cumsum(np.where(yt[order] == 1, st[order], 0)) / st[yt == 1].sum()
    k = np.searchsorted(cs, same_cut)
    cutmask = np.zeros(len(z), bool); cutmask[order[:k]] = True
    return (st[(yt == 0) & cutmask].sum() / st[yt == 0].sum())
subsets = {
    "all": list(range(len(INCIDENT_FEATURES))),
    "distinct": [INCIDENT_FEATURES.index(f) for f in ("bias", "pair_logit", "numbers_disjoint", "numbers_shared", "unexplained_max", "unexplained_min", "names_conflict", "events_disjoint", "title", "lead")],
    "small": [INCIDENT_FEATURES.index(f) for f in ("bias", "pair_logit", "numbers_disjoint", "unexplained_max", "unexplained_min", "lead", "title")],
}
for sname, cols in subsets.items():
    for l2 in (1.0, 10.0, 100.0):
        res = []
        for tr, te in (("0727", "0804"), ("0804", "0727")):
            X, y, sw = data[tr]; X = [[r[c] for c in cols] for r in X]
            w = np.array(ti.fit(X, y, sw, l2))
            Xt, yt, st = data[te]; Xt = np.array([[r[c] for c in cols] for r in Xt]); yt = np.array(yt); st = np.array(st)
            res.append(f"{tr}->{te}: diff cut at 5% same cut {cut_at(Xt, yt, st, w):.3f}")
        print(sname, l2, "; ".join(res), flush=True)
