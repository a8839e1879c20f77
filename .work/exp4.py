import sys; sys.path.insert(0, ".work")
from harness import *
for typ in ("PROTEST", "ASSAULT"):
    evaluate(typ, base_feats, cs=(0.003, 0.01))
