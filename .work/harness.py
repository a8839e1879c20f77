"""Detector-only grouped CV on the dev part (no frozen rows are ever read)."""
import sys, numpy as np
from pathlib import Path
from scipy.sparse import csr_matrix, hstack, vstack
from sklearn.linear_model import LogisticRegression
from marsad.nlp.events import train_detector as T
from marsad.nlp.events.detect import token_base
from marsad.nlp.events import lexicon as L

GSR = Path("/work/shared/data/event_gsr_dev")
gold = [r for r in T.read_gold(GSR) if not T.is_frozen(r.id)]
spans_all = T.read_spans(GSR)

def load_emb():
    from marsad.nlp.ner.neural import NeuralModel
    from marsad.nlp.ner.lexicon import norm_word
    m = NeuralModel.load()
    voc = m.featurizer.vocab; E = m.arrays["emb"].astype(np.float32)
    E = E / (np.linalg.norm(E, axis=1, keepdims=True) + 1e-9)
    return {w: i for i, w in enumerate(voc)}, E

SALT = ""
NORM = False
def SOFT(rows):
    return np.array([r.accept / r.total if r.total else 0.0 for r in rows])

def evaluate(typ, feat_fn, dense_fn=None, cs=(0.03, 0.1, 0.3), target=0.8, verbose=True):
    rows = [r for r in gold if r.type == typ]
    spans = spans_all.get(typ, {})
    soft = SOFT(rows)
    scored = np.array([r.scored for r in rows]); pos = np.array([r.positive for r in rows])
    folds = np.array([int(__import__("hashlib").sha256((SALT + T.document_of(r.id)).encode()).hexdigest(), 16) % 5 if SALT else T.fold_of(T.document_of(r.id)) for r in rows])
    out = {}
    for c in cs:
        scores = np.zeros(len(rows))
        for k in range(5):
            tr = np.where(folds != k)[0]; te = np.where(folds == k)[0]
            verbs, actors = T._span_words([rows[i] for i in tr], spans)
            ctx = dict(verbs=verbs, actors=actors, train=[rows[i] for i in tr], spans=spans, typ=typ)
            F = [feat_fn(rows[i], ctx) for i in range(len(rows))]
            Xtr, vocab = T._vectorize([F[i] for i in tr], min_df=2)
            Xte, _ = T._vectorize([F[i] for i in te], vocab)
            if dense_fn is not None:
                D = dense_fn(rows, ctx)
                Xtr = hstack([Xtr, csr_matrix(D[tr])]).tocsr(); Xte = hstack([Xte, csr_matrix(D[te])]).tocsr()
            if NORM:
                from sklearn.preprocessing import normalize
                Xtr = normalize(Xtr); Xte = normalize(Xte)
            XX = vstack([Xtr, Xtr]); y = np.r_[np.ones(len(tr)), np.zeros(len(tr))]; w = np.r_[soft[tr], 1 - soft[tr]]
            keep = w > 0
            m = LogisticRegression(C=c, max_iter=3000, solver="liblinear", random_state=0)
            m.fit(XX[keep], y[keep], sample_weight=w[keep])
            scores[te] = m.predict_proba(Xte)[:, 1]
        s, g = scores[scored], pos[scored]
        order = np.argsort(-s); tp = np.cumsum(g[order]); n = np.arange(1, len(s) + 1)
        prec = tp / n; rec = tp / g.sum()
        ap = float((prec * g[order]).sum() / g.sum())
        f1 = (2 * prec * rec / np.maximum(prec + rec, 1e-9)).max()
        r80 = rec[prec >= target].max() if (prec >= target).any() else 0
        r70 = rec[prec >= 0.7].max() if (prec >= 0.7).any() else 0
        out[c] = (ap, f1, r80, r70)
        if verbose:
            print(f"  {typ} C={c}: AP {ap:.3f} bestF1 {f1:.3f} R@P.8 {r80:.3f} R@P.7 {r70:.3f}", flush=True)
    return out, scores

def base_feats(r, ctx):
    return T.featurize(r.text, ctx["typ"], ctx["verbs"], ctx["actors"])
