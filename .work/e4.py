import sys; sys.path.insert(0, ".work")
from exp import *
import numpy as np
from marsad.stories.incidents_check import INCIDENT_FEATURES, incident_features, pair_logit
from marsad.stories.pairs import shipped_model
pm = shipped_model()
data = {n: pickle.loads(Path(f".work/pairs_{n}.pkl").read_bytes()) for n in ("0727", "0804")}
cols = [INCIDENT_FEATURES.index(f) for f in ("bias", "pair_logit", "numbers_disjoint", "numbers_shared", "unexplained_max", "unexplained_min", "names_conflict", "events_disjoint", "title", "lead")]
def members(n):
    db, final, groups = SETS[n]
    items, old = load(db)
    read = [(r["day"], r["story_id"]) for r in rows(final)]
    strays = {(r["story_id"], r["article_id"]) for r in rows(groups)}
    out = {}
    for day in sorted({d for d, _ in read}):
        page = dict(home_pages(items, old, day, 20))
        for d, sid in read:
            if d == day and sid in page:
                out[sid] = [(m.features, (sid, m.features.article_id[:10]) in strays) for m in page[sid] if m.features.published]
    return out
M = {n: members(n) for n in data}
for sname, cs in (("distinct", cols),):
  for l2 in (100.0,):
    for tr, te in (("0727", "0804"), ("0804", "0727")):
        X, y, sw = data[tr]
        w = np.array(ti.fit([[r[c] for c in cs] for r in X], y, sw, l2))
        res = []
        for sid, ms in M[te].items():
            ms = sorted(ms, key=lambda t: (t[0].date, t[0].article_id))
            for i, (f, st) in enumerate(ms):
                prev = [g for g, _ in ms[max(0, i - 16):i] if abs((__import__("datetime").date.fromisoformat(f.date) - __import__("datetime").date.fromisoformat(g.date)).days) <= 6]
                if not prev: continue
                zs = []
                for g in prev:
                    x = incident_features(f, g, pair_logit(f, g, pm)); x = np.array([x[c] for c in cs])
                    zs.append(1 / (1 + np.exp(-(x @ w))))
                zs.sort(reverse=True)
                res.append((np.mean(zs[:3]), np.mean(zs), st))
        res = np.array(res)
        for k, name in ((0, "top3"), (1, "mean")):
            s = res[:, k]; lab = res[:, 2]
            for q in (0.01, 0.02, 0.03):
                bar = np.quantile(s[lab == 0], q)
                print(f"{sname} l2={l2} {tr}->{te} {name}: mains cut {int((s[lab == 0] < bar).sum())} -> strays cut {int((s[lab == 1] < bar).sum())} (n strays {int(lab.sum())}, mains {int((lab==0).sum())})", flush=True)
