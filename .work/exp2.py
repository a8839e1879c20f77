import sys; sys.path.insert(0, ".work")
from harness import *
from marsad.nlp.ner.lexicon import norm_word
from marsad.nlp.events.analysis import _tokens
wid, E = load_emb()
VC = {}
def V(text):
    if text not in VC:
        ids = [wid.get(norm_word(t.norm)) for t in _tokens(text) if not t.punct]
        ids = [i for i in ids if i is not None]
        VC[text] = E[ids] if ids else np.zeros((1, E.shape[1]), np.float32)
    return VC[text]
scale = float(sys.argv[1]); mode = sys.argv[2]; drop = tuple(sys.argv[3].split(",")) if len(sys.argv) > 3 and sys.argv[3] else ()
def dense(rows, ctx):
    out = []
    for r in rows:
        v = V(r.text); parts = []
        if "mean" in mode: parts.append(v.mean(0))
        if "max" in mode: parts.append(v.max(0))
        out.append(np.concatenate(parts) * scale)
    return np.array(out)
def feats(r, ctx):
    return [f for f in base_feats(r, ctx) if not f.startswith(drop)] if drop else base_feats(r, ctx)
CS=(0.03,)
for typ in ("PROTEST", "ASSAULT"):
    evaluate(typ, feats, dense if mode != "none" else None, cs=tuple(float(c) for c in sys.argv[4].split(",")) if len(sys.argv) > 4 else (0.03, 0.1))
