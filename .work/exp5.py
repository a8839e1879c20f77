import sys; sys.path.insert(0, ".work")
import harness as H
from harness import *
mode = sys.argv[1]
def soft(rows):
    if mode == "hard": return np.array([1.0 if r.positive else 0.0 for r in rows])
    if mode == "sq": return np.array([(r.accept / r.total) ** 2 if r.total else 0.0 for r in rows])
    if mode == "noamb": return np.array([1.0 if r.positive else (0.0 if r.scored else (r.accept / r.total if r.total else 0)) for r in rows])
H.SOFT = soft
CS=(0.03,)
for typ in ("PROTEST", "ASSAULT"):
    evaluate(typ, base_feats, cs=CS)
