import json, sys; sys.path.insert(0, ".work")
from sim import simulate, abc
recs = []
for l in open(".work/cv_base.jsonl"):
    r = json.loads(l)
    recs.append(("gsr:%s:%s" % (r["type"].lower(), r["id"]), r["type"], r["kind"] in ("TP", "FN"), r["p"], r["thr"]))
for w in (0.0, 0.2, 0.3, 0.5, 0.7, 0.9, 1.0):
    print(w, simulate(recs, weak=w))
for scale in (0.8, 0.9, 1.1, 1.2):
    print("thr x", scale, simulate([(u, t, y, p, thr * scale) for u, t, y, p, thr in recs]))
