import sys, time; sys.path.insert(0, ".work")
from harness import *
from marsad.nlp.events.detect import sentence_cue_types, token_base, DETECTED_TYPES
from marsad.nlp.events import lexicon as L
lex = L.load_lexicon(True)
def nochar(text, typ="", verbs=frozenset(), actors=frozenset()):
    return [f for f in T.featurize(text, typ, verbs, actors) if not f.startswith("c:")]
def extra(text, typ="", verbs=frozenset(), actors=frozenset()):
    fs = T.featurize(text, typ, verbs, actors)
    norms, _ = T._read(text)
    n = len(norms)
    fs.append("len:%d" % min(5, n // 10))
    pos = [k for k, w in enumerate(norms) if typ in sentence_cue_types([w], lex)]
    if pos:
        fs.append("cue1:%d" % min(4, pos[0] // 5))
        fs.append("ncue:%d" % min(3, len(pos)))
    else:
        fs.append("nocue")
    return fs
def skip(text, typ="", verbs=frozenset(), actors=frozenset()):
    fs = T.featurize(text, typ, verbs, actors)
    norms, _ = T._read(text)
    b = [token_base(w) for w in norms]
    fs += [f"s2:{x}_{y}" for x, y in zip(b, b[2:])]
    return fs
t = time.time()
for typ in ("ASSAULT", "PROTEST"):
    for name, f in (("nochar", nochar), ("extra", extra), ("skip", skip)):
        for c in (0.01, 0.03):
            a, r, _, _ = run(typ, c=c, feat=f)
            print(typ, name, c, "AP %.3f R@P.8 %.3f" % (a, r), "%.0fs" % (time.time()-t), flush=True)
