import sys; sys.path.insert(0, ".work")
import harness as H
from harness import *
H.NORM = True
for typ in ("PROTEST", "ASSAULT"):
    evaluate(typ, base_feats, cs=(1.0, 3.0, 10.0))
