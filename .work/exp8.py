import sys, time; sys.path.insert(0, ".work")
import harness
from harness import *
t = time.time()
full = harness.gold
for typ in ("PROTEST", "ASSAULT"):
    for name, soft in (("amb0.5x", lambda r: (r.accept / r.total if r.total else 0) * (0.5 if r.label == "ambiguous" else 1)),
                       ("yes-only-hard-amb", lambda r: 1.0 if r.label == "ambiguous" and r.accept * 3 >= 2 * r.total else (r.accept / r.total if r.total else 0)),
                       ("sqrt", lambda r: (r.accept / r.total) ** 0.5 if r.total else 0),
                       ("sq", lambda r: (r.accept / r.total) ** 2 if r.total else 0)):
        a, rr, _, _ = run(typ, soft=soft, c=0.03)
        print(typ, name, "AP %.3f R@P.8 %.3f" % (a, rr), "%.0fs" % (time.time() - t), flush=True)
