"""Nested CV emulating eval's fold detectors; caches decision scores for all (excluded folds, C)."""
import sys, time, json, pickle, numpy as np
sys.path.insert(0, ".work")
from itertools import combinations
from harness import gold, spans_all, T, soft_default
from marsad.nlp.events.detect import TypeModel

def scores_table(typ, feat=None, cs=(0.01, 0.03, 0.1, 0.3), soft=soft_default, min_df=2, scorer=None):
    """{(frozenset excluded folds, C): probability array over rows (nan where trained on)}."""
    feat = feat or T.featurize
    rows = [r for r in gold if r.type == typ and not T.is_frozen(r.id)]
    fold = np.array([T.fold_of(T.document_of(r.id)) for r in rows])
    spans = spans_all.get(typ, {})
    s = np.array([soft(r) for r in rows])
    table = {}
    sets = [frozenset([k]) for k in range(5)] + [frozenset(p) for p in combinations(range(5), 2)]
    for ex in sets:
        tr = [i for i in range(len(rows)) if fold[i] not in ex]
        te = [i for i in range(len(rows)) if fold[i] in ex]
        verbs, actors = T._span_words([rows[i] for i in tr], spans)
        ftr = [feat(rows[i].text, typ, verbs, actors) for i in tr]
        fte = [feat(rows[i].text, typ, verbs, actors) for i in te]
        for c in cs:
            model, vocab = T._fit(ftr, s[tr], c, min_df)
            bias, w = T._weights(model, vocab)
            p = np.full(len(rows), np.nan)
            if len(ex) == 1:
                w = {f: round(v, 4) for f, v in w.items()}
            m = TypeModel(typ, bias, w, 0.5, verbs, actors)
            for i in te:
                p[i] = m.score(*T._read(rows[i].text)) if scorer is None else scorer(m, rows[i].text)
            table[(ex, c)] = p
    return rows, fold, table

def outer(rows, fold, table, cs=(0.03, 0.1, 0.3), target=0.8, rule="best_f1"):
    """per row: (p, thr) as the eval's fold detector would give it."""
    scored = np.array([r.scored for r in rows]); pos = np.array([r.positive for r in rows])
    P = np.zeros(len(rows)); THR = np.zeros(len(rows))
    for k in range(5):
        best = None
        for c in cs:
            inner = np.full(len(rows), np.nan)
            for j in range(5):
                if j == k: continue
                m = fold == j
                inner[m] = table[(frozenset([k, j]), c)][m]
            use = (fold != k) & scored
            t, _curve = T._choose_threshold(inner[use], pos[use], target)
            p_, r_ = T._pr(inner[use], pos[use], t)
            f = 2 * p_ * r_ / (p_ + r_) if p_ + r_ else 0.0
            if best is None or f > best[0]:
                best = (f, c, t)
        _f, c, t = best
        m = fold == k
        P[m] = table[(frozenset([k]), c)][m]; THR[m] = t
    return P, THR
