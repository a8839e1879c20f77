import sys; sys.path.insert(0, ".work")
from harness import *
from marsad.nlp.ner.clusters import load_clusters
from marsad.nlp.ner.lexicon import norm_word
CL = load_clusters()
levels = [int(x) for x in sys.argv[1].split(",")]
drop = tuple(sys.argv[2].split(",")) if len(sys.argv) > 2 and sys.argv[2] else ()
def feats(r, ctx):
    f = [x for x in base_feats(r, ctx) if not (drop and x.startswith(drop))]
    norms = T._read(r.text)[0]
    for n in dict.fromkeys(norms):
        c = CL.get(norm_word(n)) or CL.get(norm_word(token_base(n)))
        if c:
            f.extend(f"k{l}:{c[l]}" for l in levels)
    return f
for typ in ("PROTEST", "ASSAULT"):
    evaluate(typ, feats, cs=(0.03, 0.1))
