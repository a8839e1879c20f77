"""Train the shown-by-default filter (:mod:`marsad.nlp.events.shown`) from events read by hand.

Input: the events Marsad codes today on the judged articles (``marsad events --all --json`` of a
database holding them) and the judgement files (``eval/judgements/snn_events_*.tsv``: article id,
trigger offset, type, verdict).  An event the code still emits the same way (same article, trigger
offset and type) takes its verdict; the rest are unlabelled and left out.

A logistic regression (L2, fitted here with numpy) over :func:`event_features`; the threshold is
the lowest score at which the out-of-fold precision (folds by article, so syndicated copies of one
article stay together) reaches ``--target``.  Figures printed: cross-validated (what to expect on
similar days) and in-sample (the shipped model on its own training data).

    python -m marsad.nlp.events.train_shown events.jsonl eval/judgements/snn_events_*.tsv [--write]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from pathlib import Path

import numpy as np

from marsad.nlp.events.shown import MAX_SHOWN_SPAN, MODEL_PATH, UNSHOWN_PATTERNS, ShownFilter, event_features


_PARTY_ERRORS = frozenset({"actor", "actor-missing", "recipient", "recipient-missing", "direction"})


def _name(party: dict | None) -> str:
    """A party as the judgement files write it (the name shown, or -)."""
    return str((party or {}).get("name") or (party or {}).get("text") or "-") if party else "-"


def labelled(events_path: Path, judgements: list[Path]) -> list[tuple[str, str, dict, bool]]:
    """(article id, type, data, ok) for every judged event the code still emits the way it was judged
    (a wrong date now left untold counts as right; an event whose wrong field has changed is left out)."""
    events = {}
    for line in events_path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            e = json.loads(line)
            events[(e["article_id"], int(e["trigger"][0]), e["type"])] = e
    rows = []
    for path in judgements:
        with open(path, encoding="utf-8") as fh:
            reader = csv.DictReader(fh, delimiter="\t")
            if "verdict" not in (reader.fieldnames or ()):
                continue  # a reading of one change's old and new codings (``*_changes.tsv``), not of a day's events
            for r in reader:
                e = events.get((r["article_id"], int(r["trigger"].split("-")[0]), r["type"]))
                span = e.get("sentence") if e is not None else None
                if e is None or e.get("pattern") in UNSHOWN_PATTERNS or span[1] - span[0] > MAX_SHOWN_SPAN:
                    continue  # not coded any more, or hidden whatever the model says
                ok = r["verdict"] == "ok"
                if r["error"] == "date" and (e.get("date") or "-") != r["date"]:
                    if e.get("date"):
                        continue  # the code now gives another date: not judged
                    ok = True  # the wrong date is now left untold, which the judging rules accept
                if r["error"] == "modality" and e.get("modality") != r["modality"].split()[0]:
                    continue  # the code now gives another modality: not judged
                if r["error"] in _PARTY_ERRORS and (_name(e.get("actor")), _name(e.get("recipient"))) \
                        != (r["actor"], r["recipient"]):
                    continue  # the code now codes other parties: not judged
                rows.append((r["article_id"], r["type"], e, ok))
    return rows


def fit(feats: list[list[str]], y: np.ndarray, c: float = 1.0, iters: int = 50) -> ShownFilter:
    """L2-regularised logistic regression by Newton's method (the data are a few hundred events)."""
    vocab = sorted({f for fs in feats for f in fs})
    index = {f: k for k, f in enumerate(vocab)}
    x = np.zeros((len(feats), len(vocab) + 1))
    x[:, -1] = 1.0
    for i, fs in enumerate(feats):
        for f in fs:
            x[i, index[f]] = 1.0
    w = np.zeros(x.shape[1])
    reg = np.full(x.shape[1], 1.0 / c)
    reg[-1] = 0.0  # the bias is not shrunk
    for _ in range(iters):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) + reg * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(reg + 1e-6)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return ShownFilter(bias=float(w[-1]), weights={f: float(w[index[f]]) for f in vocab})


def _fold(article_id: str, k: int) -> int:
    return int(hashlib.sha256(article_id.encode()).hexdigest()[:8], 16) % k


def cross_val(rows: list[tuple[str, str, dict, bool]], c: float, k: int = 5) -> np.ndarray:
    """Out-of-fold scores, folds by article."""
    feats = [event_features(t, d) for _a, t, d, _ok in rows]
    y = np.array([ok for *_x, ok in rows], dtype=float)
    folds = np.array([_fold(a, k) for a, *_x in rows])
    out = np.zeros(len(rows))
    for f in range(k):
        train = folds != f
        model = fit([feats[i] for i in np.flatnonzero(train)], y[train], c)
        for i in np.flatnonzero(~train):
            out[i] = model.score(rows[i][1], rows[i][2])
    return out


def choose_threshold(scores: np.ndarray, y: np.ndarray, target: float, min_kept: int = 20) -> float:
    """The lowest score at which the events kept reach ``target`` precision (at least ``min_kept`` kept)."""
    for t in sorted(set(np.round(scores, 3))):
        kept = scores >= t
        if kept.sum() >= min_kept and y[kept].mean() >= target:
            return float(t)
    return float(np.max(scores))


def curve(scores: np.ndarray, y: np.ndarray) -> str:
    """Precision and share kept at a few thresholds."""
    parts = []
    for t in (0.4, 0.5, 0.6, 0.7, 0.8):
        kept = scores >= t
        parts.append(f"{t:.1f}: {y[kept].mean() if kept.any() else 0:.2f} of {int(kept.sum())}")
    return "; ".join(parts)


def report(name: str, scores: np.ndarray, y: np.ndarray, t: float) -> str:
    kept = scores >= t
    prec = y[kept].mean() if kept.any() else 0.0
    return (f"{name}: shown {int(kept.sum())}/{len(y)}, precision of shown {prec:.3f} "
            f"(of all {y.mean():.3f}); right events kept {int(y[kept].sum())}/{int(y.sum())}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("events", type=Path, help="marsad events --all --json of the judged articles")
    ap.add_argument("judgements", type=Path, nargs="+")
    ap.add_argument("--c", type=float, default=1.0, help="inverse L2 strength")
    ap.add_argument("--target", type=float, default=0.85, help="out-of-fold precision the threshold must reach")
    ap.add_argument("--threshold", type=float, help="use this threshold instead of the one --target picks")
    ap.add_argument("--write", action="store_true", help=f"write the model to {MODEL_PATH}")
    args = ap.parse_args(argv)
    rows = labelled(args.events, args.judgements)
    if not rows:
        print("no judged event is emitted by the current code: nothing to learn from")
        return 1
    y = np.array([ok for *_x, ok in rows], dtype=float)
    oof = cross_val(rows, args.c)
    t = args.threshold if args.threshold is not None else choose_threshold(oof, y, args.target)
    print(f"{len(rows)} judged events still coded ({int(y.sum())} right); threshold {t:.3f}")
    print(report("cross-validated (5 folds by article)", oof, y, t))
    print("  cross-validated precision by threshold:", curve(oof, y))
    model = fit([event_features(tt, d) for _a, tt, d, _ok in rows], y, args.c)
    model.threshold = t
    model.trained_on = ", ".join(p.name for p in args.judgements)
    ins = np.array([model.score(tt, d) for _a, tt, d, _ok in rows])
    print(report("in-sample (the written model, on its training events)", ins, y, t))
    top = sorted(model.weights.items(), key=lambda kv: kv[1])
    print("most negative:", ", ".join(f"{k} {v:+.2f}" for k, v in top[:8]))
    print("most positive:", ", ".join(f"{k} {v:+.2f}" for k, v in top[-8:]))
    if args.write:
        MODEL_PATH.write_text(json.dumps(model.to_json(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"written to {MODEL_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
