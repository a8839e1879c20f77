"""Multi-task: both files train one model; lexicon/span features abstracted to SELF/OTHER are shared across
types (a general copy), every feature also has a type-specific copy. Scored per type on its own rows."""
import sys; sys.path.insert(0, ".work")
from harness import *
SHARED_PREFIX = ("lex", "sv", "sa", "year", "w:#", "open:#")
share_w = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
other_w = float(sys.argv[2]) if len(sys.argv) > 2 else 1.0
def aug(feats, typ):
    other = "ASSAULT" if typ == "PROTEST" else "PROTEST"
    out = [typ[0] + "|" + f for f in feats]
    for f in feats:
        if f.startswith(SHARED_PREFIX):
            out.append("g|" + f.replace(typ, "SELF").replace(other, "OTHER"))
    return out
rows = gold
soft = SOFT(rows)
scored = np.array([r.scored for r in rows]); pos = np.array([r.positive for r in rows])
folds = np.array([T.fold_of(T.document_of(r.id)) for r in rows])
types = np.array([r.type for r in rows])
for c in (0.03, 0.1):
    scores = np.zeros(len(rows))
    for k in range(5):
        tr = np.where(folds != k)[0]; te = np.where(folds == k)[0]
        words = {t: T._span_words([rows[i] for i in tr if types[i] == t], spans_all.get(t, {})) for t in ("PROTEST", "ASSAULT")}
        F = [aug(T.featurize(r.text, r.type, *words[r.type]), r.type) for r in rows]
        for typ in ("PROTEST", "ASSAULT"):
            sw = np.where(types[tr] == typ, 1.0, other_w)
            Xtr, vocab = T._vectorize([F[i] for i in tr], min_df=2)
            tte = te[types[te] == typ]
            Xte, _ = T._vectorize([F[i] for i in tte], vocab)
            XX = vstack([Xtr, Xtr]); y = np.r_[np.ones(len(tr)), np.zeros(len(tr))]
            w = np.r_[soft[tr] * sw, (1 - soft[tr]) * sw]; keep = w > 0
            m = LogisticRegression(C=c, max_iter=3000, solver="liblinear", random_state=0).fit(XX[keep], y[keep], sample_weight=w[keep])
            scores[tte] = m.predict_proba(Xte)[:, 1]
    for typ in ("PROTEST", "ASSAULT"):
        sel = (types == typ) & scored
        s, g = scores[sel], pos[sel]
        o = np.argsort(-s); tp = np.cumsum(g[o]); prec = tp / np.arange(1, len(s) + 1); rec = tp / g.sum()
        print(f"{typ} other_w={other_w} C={c}: AP {(prec * g[o]).sum() / g.sum():.3f} R@P.8 {rec[prec >= .8].max() if (prec >= .8).any() else 0:.3f} R@P.7 {rec[prec >= .7].max() if (prec >= .7).any() else 0:.3f}", flush=True)
