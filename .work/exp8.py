"""Bagged detector: average of models each fitted without one of B document groups (detector-only grouped CV)."""
import sys, hashlib; sys.path.insert(0, ".work")
from harness import *
B = int(sys.argv[1]); c = float(sys.argv[2])
for typ in ("PROTEST", "ASSAULT"):
    rows = [r for r in gold if r.type == typ]; spans = spans_all.get(typ, {})
    soft = SOFT(rows); scored = np.array([r.scored for r in rows]); pos = np.array([r.positive for r in rows])
    folds = np.array([T.fold_of(T.document_of(r.id)) for r in rows])
    bag = np.array([int(hashlib.sha256(("bag:" + T.document_of(r.id)).encode()).hexdigest(), 16) % B for r in rows])
    scores = np.zeros(len(rows))
    for k in range(5):
        tr = np.where(folds != k)[0]; te = np.where(folds == k)[0]
        verbs, actors = T._span_words([rows[i] for i in tr], spans)
        F = [T.featurize(rows[i].text, typ, verbs, actors) for i in range(len(rows))]
        acc = np.zeros(len(te))
        for b in range(B):
            sub = tr[bag[tr] != b] if B > 1 else tr
            Xtr, vocab = T._vectorize([F[i] for i in sub], min_df=2); Xte, _ = T._vectorize([F[i] for i in te], vocab)
            XX = vstack([Xtr, Xtr]); y = np.r_[np.ones(len(sub)), np.zeros(len(sub))]; w = np.r_[soft[sub], 1 - soft[sub]]
            keep = w > 0
            m = LogisticRegression(C=c, max_iter=3000, solver="liblinear", random_state=0).fit(XX[keep], y[keep], sample_weight=w[keep])
            acc += m.decision_function(Xte)
        scores[te] = acc / B
    s, g = scores[scored], pos[scored]
    o = np.argsort(-s); tp = np.cumsum(g[o]); prec = tp / np.arange(1, len(s) + 1); rec = tp / g.sum()
    print(f"{typ} B={B} C={c}: AP {(prec * g[o]).sum() / g.sum():.3f} R@P.8 {rec[prec >= .8].max() if (prec >= .8).any() else 0:.3f} R@P.7 {rec[prec >= .7].max() if (prec >= .7).any() else 0:.3f}", flush=True)
