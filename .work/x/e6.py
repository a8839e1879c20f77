"""Leave-one-day-set-out at the article level: each read member scored against the members placed before it."""
import sys; sys.path.insert(0, ".work/x"); sys.path.insert(0, "eval")
from exp import *
import numpy as np, datetime
from incidents_check import INCIDENT_FEATURES, incident_features, pair_logit
from marsad.stories.pairs import shipped_model
pm = shipped_model()
SETS["0808"] = (".work/snn_08-06_08-07_08-08.db", J + "stories_home_pages_2015-08-08_final.tsv", J + "stories_home_pages_2015-08-08_final_groups.tsv")
names = [n for n in ("0727", "0804", "0808") if Path(SETS[n][0] + ".done").exists()]
data = {}
for n in names:
    pk = Path(f".work/pairs_{n}.pkl")
    if pk.exists(): data[n] = pickle.loads(pk.read_bytes())
    else:
        db, final, groups = SETS[n]; items, old = load(db)
        data[n] = ti.vectors(ti.read_pairs(db, final, groups, items=items, old=old)); pk.write_bytes(pickle.dumps(data[n]))
def members(n):
    db, final, groups = SETS[n]; items, old = load(db)
    read = [(r["day"], r["story_id"]) for r in rows(final)]
    strays = {(r["story_id"], r["article_id"]) for r in rows(groups)}
    out = {}
    for day in sorted({d for d, _ in read}):
        page = dict(home_pages(items, old, day, 20))
        for d, sid in read:
            if d == day and sid in page:
                out[sid] = [(m.features, (sid, m.features.article_id[:10]) in strays) for m in page[sid] if m.features.published]
    return out
M = {n: members(n) for n in names}
D = lambda a, b: abs((datetime.date.fromisoformat(a) - datetime.date.fromisoformat(b)).days)
feats = {}
for n in names:
    rows_ = []
    for sid, ms in M[n].items():
        ms = sorted(ms, key=lambda t: (t[0].date, t[0].article_id))
        for i, (f, st) in enumerate(ms):
            prev = [g for g, _ in ms[max(0, i - 16):i] if D(f.date, g.date) <= 6]
            if prev: rows_.append((np.array([incident_features(f, g, pair_logit(f, g, pm)) for g in prev]), st))
    feats[n] = rows_
    print(n, "members scored", len(rows_), "strays", sum(s for _, s in rows_), flush=True)
cols_d = [INCIDENT_FEATURES.index(f) for f in ("bias", "pair_logit", "numbers_disjoint", "numbers_shared", "unexplained_max", "unexplained_min", "names_conflict", "events_disjoint", "title", "lead")]
for sname, cs in (("all", list(range(len(INCIDENT_FEATURES)))), ("distinct", cols_d)):
    for l2 in (1.0, 100.0):
        for te in names:
            tr = [n for n in names if n != te]
            X = sum((data[n][0] for n in tr), []); y = sum((data[n][1] for n in tr), []); sw = sum((data[n][2] for n in tr), [])
            w = np.array(ti.fit([[r[c] for c in cs] for r in X], y, sw, l2))
            sc = []
            for P, st in feats[te]:
                p = 1 / (1 + np.exp(-(P[:, cs] @ w))); p = np.sort(p)[::-1]
                sc.append((p[:3].mean(), st))
            s = np.array([a for a, _ in sc]); lab = np.array([b for _, b in sc])
            out = []
            for q in (0.01, 0.02, 0.05):
                bar = np.quantile(s[~lab], q)
                out.append(f"{int((s[~lab] < bar).sum())}m/{int((s[lab] < bar).sum())}s")
            print(f"{sname} l2={l2} {'+'.join(tr)} -> {te}: mains/strays cut " + " ".join(out), flush=True)
