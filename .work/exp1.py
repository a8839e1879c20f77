import sys, time; sys.path.insert(0, ".work")
from harness import *
t=time.time()
for typ in ("PROTEST","ASSAULT"):
    for c in (0.01, 0.03, 0.1):
        a, r, _, _ = run(typ, c=c)
        print(typ, "default c", c, "AP %.3f R@P.8 %.3f" % (a, r), "%.0fs" % (time.time()-t), flush=True)
    for alpha in (0.0, 0.5):
        for c in (0.03, 0.1):
            a, r, _, _ = run(typ, soft=lambda x: 1.0 if x.positive else alpha * soft_default(x), c=c)
            print(typ, "alpha", alpha, "c", c, "AP %.3f R@P.8 %.3f" % (a, r), "%.0fs" % (time.time()-t), flush=True)
