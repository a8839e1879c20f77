import sys; sys.path.insert(0, ".work")
from harness import *
CS=(0.03,)
for typ in ("PROTEST", "ASSAULT"):
    evaluate(typ, base_feats, cs=(0.03,))
