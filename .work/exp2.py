import sys; sys.path.insert(0, ".work")
from harness import *
a, r, scores, rows = run("PROTEST", c=0.03)
o = np.argsort(-scores)
for i in o[:45]:
    x = rows[i]; print("%.2f" % scores[i], x.label, x.accept, x.total, x.text[:160])
