import json, sys
abc = json.load(open(".work/abc.json"))
def simulate(recs, weak=0.3):
    """recs: iterable of (url, type, positive, p, thr) -> {type: (tp, fp, pos)}"""
    res = {}
    for url, typ, yes, p, thr in recs:
        o = abc.get(url)
        hit = False if o is None else (o["A"] if p >= thr else o["B"] if p >= weak * thr else o["C"])
        t = res.setdefault(typ, [0, 0, 0])
        t[0] += hit and yes; t[1] += hit and not yes; t[2] += yes
    return {k: "R %.3f (%d/%d) P %.3f FP %d" % (v[0]/v[2], v[0], v[2], v[0]/max(1, v[0]+v[1]), v[1]) for k, v in res.items()}
if __name__ == "__main__":
    recs = []
    for l in open(".work/cv_base.jsonl"):
        r = json.loads(l)
        url = "gsr:%s:%s" % (r["type"].lower(), r["id"])
        recs.append((url, r["type"], r["kind"] in ("TP", "FN"), r["p"], r["thr"]))
    print(simulate(recs))
