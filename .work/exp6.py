import sys, pickle, time; sys.path.insert(0, ".work")
from nested import *
from sim import simulate
from harness import run
from marsad.nlp.events.detect import cue_types, token_base
from marsad.nlp.events import lexicon as L
lex = L.load_lexicon(True)
def ctx(text, typ="", verbs=frozenset(), actors=frozenset()):
    fs = T.featurize(text, typ, verbs, actors)
    norms, _ = T._read(text)
    b = [token_base(w) for w in norms]
    for k, w in enumerate(norms):
        if typ in cue_types(w, lex):
            fs.append("ctx1:" + (b[k - 1] if k else "<s>"))
            fs.append("ctx2:" + (b[k - 2] if k > 1 else "<s>"))
            fs.append("ctxn:" + (b[k + 1] if k + 1 < len(b) else "</s>"))
    return fs
def scorer(m, text):
    norms, lexical = T._read(text)
    z = m.score(norms, lexical)  # base part
    import math
    extra = ctx(text, m.type)[len(T.featurize(text, m.type, m.verbs, m.actors)):]
    logit = math.log(z / (1 - z)) if 0 < z < 1 else (30 if z >= 1 else -30)
    logit += sum(m.weights.get(f, 0.0) for f in extra)
    return 1 / (1 + math.exp(-logit))
t = time.time()
for typ in ("ASSAULT", "PROTEST"):
    a, r, _, _ = run(typ, c=0.03, feat=ctx)
    print(typ, "ctx AP %.3f R@P.8 %.3f" % (a, r), flush=True)
tabs = {}
for typ in ("PROTEST", "ASSAULT"):
    tabs[typ] = scores_table(typ, feat=ctx, cs=(0.03, 0.1, 0.3), scorer=scorer)
    print(typ, "table %.0fs" % (time.time() - t), flush=True)
pickle.dump(tabs, open(".work/tabs_ctx.pkl", "wb"))
def url(typ, r): return "gsr:%s:%s" % (typ.lower(), r.id)
for target in (0.8,):
    recs = []
    for typ, (rows, fold, table) in tabs.items():
        P, THR = outer(rows, fold, table, (0.03, 0.1, 0.3), target)
        recs += [(url(typ, r), typ, r.positive, P[i], THR[i]) for i, r in enumerate(rows) if r.scored]
    print("ctx", target, simulate(recs), flush=True)
