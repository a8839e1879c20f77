"""Would a learned gate over what the coder computes raise the cross-validated precision of PROTEST and ASSAULT?

Issue 15 (events45).  Each dev sentence the coder flags (coded fold by fold with the fold detectors,
:func:`events_gsr_cv.recode`) is described by its coded events: the coder's path (detector, form, lexicon
kept), the detector's score, the trigger's pattern, source, modality and mode, how the actor was found, whether
an actor, a recipient, a place, a reporter, a date (and its source) or a background mark were coded, the
parties left out, the shown-by-default score, the sentence's length and the other types coded in it.  A logistic
regression over them is fitted on four folds' flagged sentences (yes against no) and scores the fifth; the
flagged sentences it ranks lowest are dropped one by one.  Printed: the out-of-fold AUC and the recall and
precision after dropping 0, 1, 2, 3, 5 and 8 of them, beside the detector's score alone as the ranking.

Measured (events45, stage 71, the shipped draw of the folds; held-out folds): ASSAULT, 111 flagged (90 yes), AUC
0.41-0.47 over C 0.1-1 (the detector's score alone 0.62): dropping 1-8 of them never gains a point of precision
without losing recall (R .709 P .811 -> drop 2 R .701 P .817, drop 8 R .661 P .816); PROTEST, 23 flagged (18 yes),
AUC 0.29-0.39, every drop costs a hit.  (Stage 70: ASSAULT 114 flagged, AUC 0.37-0.46.)  Most false alarms are
sentences half the annotators accepted (2/4): nothing the coder records tells them from the unanimous ones.
Not shipped.

Run: ``MARSAD_SHARED=../shared python eval/events_gsr_gate.py DIR`` with DIR a ``eval_events_gsr.py --keep DIR``
folder (its fold detectors are reused when current; needs scikit-learn).
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

import events_gsr_cv as cv

SHARED = Path(os.environ.get("MARSAD_SHARED", Path(__file__).resolve().parent.parent.parent / "shared"))
GSR = SHARED / "data" / "event_gsr_dev"


def features(coded: dict, typ: str, text: str) -> dict[str, float]:
    """What the coder recorded of a flagged sentence's events of ``typ`` (see the module's docstring)."""
    ev = [e for e in coded["events"] if e["type"] == typ]
    f: dict[str, float] = {"path=" + coded["paths"].get(typ, "none"): 1.0,
                           "detector": max((e.get("detector") or 0.0) for e in ev) if ev else 0.0,
                           "events": min(3, len(ev)), "length": min(60, len(text.split())) / 60,
                           "other_types": len(coded["types"] - {typ})}
    for e in ev:
        for k in ("pattern", "source", "modality", "mode", "actor_from", "date_source"):
            f[f"{k}={e.get(k)}"] = 1.0
        for k in ("actor", "recipient", "background", "reported_by", "place", "date_bound"):
            f[k] = max(f.get(k, 0.0), 1.0 if e.get(k) else 0.0)
        f["left_out"] = max(f.get("left_out", 0.0), min(3, e.get("parties_left_out") or 0))
        f["shown_score"] = max(f.get("shown_score", 0.0), e.get("shown_score") or 0.0)
    return f


def main(argv: list[str] | None = None) -> int:
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("keep", type=Path, help="an eval_events_gsr.py --keep folder")
    args = ap.parse_args(argv)
    rows = cv.gold_rows(GSR)
    coded = cv.recode(args.keep / "gsr.db", GSR, cache=args.keep / "fold_detectors.json")
    for typ in ("ASSAULT", "PROTEST"):
        flagged = [u for u in coded if rows[u][0] == typ and typ in coded[u]["types"]]
        positives = sum(1 for u in coded if rows[u][0] == typ and rows[u][2])
        x = [features(coded[u], typ, rows[u][3]) for u in flagged]
        y = np.array([rows[u][2] for u in flagged])
        fold = np.array([coded[u]["fold"] for u in flagged])
        print(f"{typ}: {len(flagged)} flagged, {int(y.sum())} yes of {positives}")
        for c in (0.1, 0.3, 1.0):
            p = np.zeros(len(y))
            for k in sorted(set(fold)):
                train, test = np.where(fold != k)[0], np.where(fold == k)[0]
                vec = DictVectorizer()
                model = LogisticRegression(C=c, max_iter=2000).fit(vec.fit_transform([x[i] for i in train]), y[train])
                p[test] = model.predict_proba(vec.transform([x[i] for i in test]))[:, 1]
            order = np.argsort(-p, kind="stable")
            steps = []
            for drop in (0, 1, 2, 3, 5, 8):
                kept = y[order[:len(y) - drop]]
                steps.append(f"drop {drop}: R {kept.sum() / positives:.3f} P {kept.mean():.3f}")
            print(f"  C={c}: out-of-fold AUC {roc_auc_score(y, p):.3f}; " + "; ".join(steps))
        print(f"  the detector's score alone: AUC {roc_auc_score(y, [f['detector'] for f in x]):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
