import sys; sys.path.insert(0, ".work")
from harness import *
typ = sys.argv[1]
rows = [r for r in gold if r.type == typ]
_, s = evaluate(typ, base_feats, cs=(0.03,))
idx = [i for i in np.argsort(-s) if rows[i].scored]
print("== top negatives")
for i in [i for i in idx if not rows[i].positive][:25]: print(f"{s[i]:.2f} {rows[i].label} {rows[i].accept}/{rows[i].total} {rows[i].text[:160]}")
print("== lowest positives")
for i in [i for i in idx if rows[i].positive][-25:]: print(f"{s[i]:.2f} {rows[i].text[:160]}")
