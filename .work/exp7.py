"""PROTEST with the assault file's dev sentences added to training as negatives (soft label 0); eval on protest rows only."""
import sys; sys.path.insert(0, ".work")
from harness import *
w_extra = float(sys.argv[1])
typ = "PROTEST"
rows = [r for r in gold if r.type == typ]
extra = [r for r in gold if r.type == "ASSAULT"]
spans = spans_all.get(typ, {})
soft = SOFT(rows)
scored = np.array([r.scored for r in rows]); pos = np.array([r.positive for r in rows])
folds = np.array([T.fold_of(T.document_of(r.id)) for r in rows])
efolds = np.array([T.fold_of(T.document_of(r.id)) for r in extra])
for c in (0.03, 0.1):
    scores = np.zeros(len(rows))
    for k in range(5):
        tr = np.where(folds != k)[0]; te = np.where(folds == k)[0]; etr = np.where(efolds != k)[0]
        verbs, actors = T._span_words([rows[i] for i in tr], spans)
        F = lambda r: T.featurize(r.text, typ, verbs, actors)
        trF = [F(rows[i]) for i in tr] + [F(extra[i]) for i in etr]
        Xtr, vocab = T._vectorize(trF, min_df=2); Xte, _ = T._vectorize([F(rows[i]) for i in te], vocab)
        n, ne = len(tr), len(etr)
        XX = vstack([Xtr[:n], Xtr]); y = np.r_[np.ones(n), np.zeros(n + ne)]
        w = np.r_[soft[tr], 1 - soft[tr], np.full(ne, w_extra)]
        keep = w > 0
        m = LogisticRegression(C=c, max_iter=3000, solver="liblinear", random_state=0).fit(XX[keep], y[keep], sample_weight=w[keep])
        scores[te] = m.predict_proba(Xte)[:, 1]
    s, g = scores[scored], pos[scored]
    o = np.argsort(-s); tp = np.cumsum(g[o]); prec = tp / np.arange(1, len(s) + 1); rec = tp / g.sum()
    print(f"extra w={w_extra} C={c}: AP {(prec * g[o]).sum() / g.sum():.3f} R@P.8 {rec[prec >= .8].max() if (prec >= .8).any() else 0:.3f} R@P.7 {rec[prec >= .7].max() if (prec >= .7).any() else 0:.3f}")
