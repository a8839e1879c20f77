import sys; sys.path.insert(0, ".work")
from harness import *
from marsad.nlp.ner.lexicon import norm_word
wid, E = load_emb()
from marsad.nlp.events.analysis import _tokens
def vecs(text):
    ids = [wid.get(norm_word(t.norm)) for t in _tokens(text) if not t.punct]
    ids = [i for i in ids if i is not None]
    return E[ids] if ids else np.zeros((1, E.shape[1]), np.float32)
VC = {}
def V(text):
    if text not in VC: VC[text] = vecs(text)
    return VC[text]
scale = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
mode = sys.argv[2] if len(sys.argv) > 2 else "meanmax"
def dense(rows, ctx):
    out = []
    for r in rows:
        v = V(r.text)
        parts = []
        if "mean" in mode: parts.append(v.mean(0))
        if "max" in mode: parts.append(v.max(0))
        out.append(np.concatenate(parts) * scale)
    return np.array(out)
for typ in ("PROTEST", "ASSAULT"):
    evaluate(typ, base_feats, dense, cs=(0.03, 0.1))
