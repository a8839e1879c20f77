"""Detector-level 5-fold CV (folds as the eval's), fixed C: average precision and recall at P>=.8."""
import sys, time, numpy as np
from pathlib import Path
import marsad.nlp.events.train_detector as T
from marsad.nlp.events.detect import TypeModel
GSR = Path("/work/shared/data/event_gsr_dev")
gold = T.read_gold(GSR)
spans_all = T.read_spans(GSR)

def soft_default(r):
    return r.accept / r.total if r.total else 0.0

def ap(scores, y):
    o = np.argsort(-scores); y = y[o]; tp = np.cumsum(y); prec = tp / np.arange(1, len(y) + 1)
    return float((prec * y).sum() / max(1, y.sum()))

def r_at_p(scores, y, target=0.8):
    o = np.argsort(-scores); ys = y[o]; tp = np.cumsum(ys); prec = tp / np.arange(1, len(ys) + 1)
    ok = np.where(prec >= target)[0]
    return float(tp[ok].max() / y.sum()) if len(ok) else 0.0

def run(typ, soft=soft_default, c=0.03, feat=None, min_df=2, use_spans=True):
    feat = feat or T.featurize
    rows = [r for r in gold if r.type == typ and not T.is_frozen(r.id)]
    spans = spans_all.get(typ, {}) if use_spans else {}
    s = np.array([soft(r) for r in rows])
    scores = np.zeros(len(rows))
    for k in range(5):
        tr = [i for i, r in enumerate(rows) if T.fold_of(T.document_of(r.id)) != k]
        te = [i for i, r in enumerate(rows) if T.fold_of(T.document_of(r.id)) == k]
        verbs, actors = T._span_words([rows[i] for i in tr], spans)
        model, vocab = T._fit([feat(rows[i].text, typ, verbs, actors) for i in tr], s[tr], c, min_df)
        bias, w = T._weights(model, vocab)
        X, _ = T._vectorize([feat(rows[i].text, typ, verbs, actors) for i in te], vocab)
        scores[te] = model.decision_function(X)
    sc = np.array([r.scored for r in rows]); y = np.array([r.positive for r in rows])
    return ap(scores[sc], y[sc]), r_at_p(scores[sc], y[sc]), scores, rows
