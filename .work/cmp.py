import sys, pickle, json, numpy as np; sys.path.insert(0, ".work")
from nested import *
tabs = pickle.load(open(".work/tabs_base.pkl", "rb"))
act = {}
for l in open(".work/cv_base.jsonl"):
    r = json.loads(l); act[(r["type"], r["id"])] = (r["p"], r["thr"])
for typ in ("PROTEST",):
    rows, fold, table = tabs[typ]
    P, THR = outer(rows, fold, table, (0.03, 0.1, 0.3), 0.8)
    for k in range(5):
        idx = [i for i in range(len(rows)) if fold[i] == k and rows[i].scored]
        print(k, "mine thr %.3f" % THR[idx[0]], "actual thr", act[(typ, rows[idx[0]].id)][1],
              "p diff max %.3f" % max(abs(P[i] - act[(typ, rows[i].id)][0]) for i in idx))
