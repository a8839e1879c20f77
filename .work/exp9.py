import sys, time; sys.path.insert(0, ".work")
from harness import *
for typ in ("PROTEST", "ASSAULT"):
    for v in (0.85, 1.0):
        soft = lambda r: v if r.label == "ambiguous" and r.accept * 3 >= 2 * r.total else (r.accept / r.total if r.total else 0)
        for c in ((0.01, 0.03, 0.1) if v == 1.0 else (0.03,)):
            a, rr, _, _ = run(typ, soft=soft, c=c)
            print(typ, v, c, "AP %.3f R@P.8 %.3f" % (a, rr), flush=True)
