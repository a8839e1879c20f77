"""Word-level cue model on embeddings, learned from the annotators' verb spans; sentence gets max-pooled features."""
import sys; sys.path.insert(0, ".work")
from harness import *
from marsad.nlp.ner.lexicon import norm_word
from marsad.nlp.events.analysis import _tokens
wid, E = load_emb()
TOK = {}
def toks(text):
    if text not in TOK:
        TOK[text] = [t.norm for t in _tokens(text) if not t.punct]
    return TOK[text]
def vec(n):
    i = wid.get(norm_word(n))
    if i is None:
        b = token_base(n); i = wid.get(norm_word(b))
    return None if i is None else E[i]
roles = sys.argv[1].split(",") if len(sys.argv) > 1 else ["verb"]
scale = float(sys.argv[2]) if len(sys.argv) > 2 else 1.0
CACHE = {}
def word_model(train, spans, role):
    X, y = [], []
    for r in train:
        marked = {L.fold(w) for sp in spans.get(r.text, ()) for w in sp.get(role) or ()}
        for n in set(toks(r.text)):
            v = vec(n)
            if v is None: continue
            X.append(v); y.append(n in marked)
    m = LogisticRegression(C=1.0, max_iter=2000, class_weight="balanced", random_state=0)
    m.fit(np.array(X), np.array(y))
    return m
def dense(rows, ctx):
    key = (ctx["typ"], len(ctx["train"]), ctx["train"][0].id)
    if key not in CACHE:
        models = [word_model(ctx["train"], ctx["spans"], role) for role in roles]
        out = []
        for r in rows:
            ns = toks(r.text)
            vs = [vec(n) for n in ns]; vs = np.array([v for v in vs if v is not None]) if any(v is not None for v in vs) else np.zeros((1, 100))
            feats = []
            for m in models:
                z = m.decision_function(vs)
                p = 1 / (1 + np.exp(-z))
                feats += [p.max(), np.sort(p)[-2] if len(p) > 1 else 0, (p > 0.9).sum() > 0]
            out.append(np.array(feats, float) * scale)
        CACHE[key] = np.array(out)
    return CACHE[key]
CS=(0.03,)
for typ in ("PROTEST", "ASSAULT"):
    evaluate(typ, base_feats, dense, cs=CS)
