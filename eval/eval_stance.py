"""Paraphrased contradictions: can a small learned check tell agreeing from contradicting headlines?

    python eval/eval_stance.py      (prints ANS test figures; trains in about a minute)

Trained and measured on ANS (Khouja 2020: Arabic news headline pairs labelled
agree / disagree / other; ``../shared/data/ans_stance``): train split to fit,
dev split to choose the regularisation, test split to report.  Features are
what a contradiction changes in a paraphrase: the words only one side uses
(``only:ارتفاع``), pairs of such words across the sides (``swap:ارتفاع|انخفاض``
learns antonyms), negation or denial on one side only, numbers that differ,
and how much the two share.

Measured, then left out of the story comparison: on ANS test it is barely above
always answering "disagree" (see the figures this prints), and ANS pairs are
corrupted paraphrases, not two outlets' headlines of one event — a reader would
see more false contradictions than true ones.  The comparison keeps to
contradictions it can check: figures of one fact, explicit dates, denials.
"""

from __future__ import annotations

import csv
import json
import math
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from marsad.arabic.normalize import fold_for_search
from marsad.stories.features import WORD_RE, stem_of

NEGATION = {"لم", "لا", "ليس", "ليست", "لن", "غير", "عدم", "دون", "بدون"}
DENIAL = {"نفي", "نفت", "ينفي", "تنفي", "تكذيب", "كذب", "ينفيان", "نفيه", "يرفض", "ترفض", "رفض"}
LABELS = ("agree", "disagree", "other")


def _words(text: str) -> list[str]:
    return [stem_of(w) for w in WORD_RE.findall(fold_for_search(text))]


def pair_features(a: str, b: str) -> dict[str, float]:
    """Sparse features of a headline pair (symmetric in a and b)."""
    wa, wb = _words(a), _words(b)
    sa, sb = set(wa), set(wb)
    only_a, only_b = sa - sb, sb - sa
    feats: dict[str, float] = {"bias": 1.0}
    union = sa | sb
    feats["jaccard"] = len(sa & sb) / len(union) if union else 0.0
    feats["unshared"] = min(1.0, (len(only_a) + len(only_b)) / 10)
    na, nb = bool(set(WORD_RE.findall(fold_for_search(a))) & NEGATION), bool(set(WORD_RE.findall(fold_for_search(b))) & NEGATION)
    feats["negation_one_side"] = float(na != nb)
    feats["denial_one_side"] = float(bool(sa & DENIAL) != bool(sb & DENIAL))
    da, db = set(re.findall(r"\d+", fold_for_search(a))), set(re.findall(r"\d+", fold_for_search(b)))
    feats["numbers_differ"] = float(bool(da) and bool(db) and da != db)
    for w in only_a | only_b:
        feats["only:" + w] = 1.0
    for x in only_a:
        for y in only_b:
            feats["swap:" + "|".join(sorted((x, y)))] = 1.0
    return feats


@dataclass(slots=True)
class StanceModel:
    """Multinomial logistic regression over :func:`pair_features` (one weight table per label)."""

    weights: dict[str, dict[str, float]]

    def probabilities(self, a: str, b: str) -> dict[str, float]:
        f = pair_features(a, b)
        z = {lab: sum(w.get(k, 0.0) * v for k, v in f.items()) for lab, w in self.weights.items()}
        m = max(z.values())
        e = {lab: math.exp(v - m) for lab, v in z.items()}
        t = sum(e.values())
        return {lab: v / t for lab, v in e.items()}

    def predict(self, a: str, b: str) -> str:
        p = self.probabilities(a, b)
        return max(sorted(p), key=lambda lab: p[lab])


def denial_check(a: str, b: str) -> str:
    """The comparison's own rule (``compare.denials``): a denial or negation on one side only is a disagreement."""
    wa, wb = set(_words(a)) | set(WORD_RE.findall(fold_for_search(a))), set(_words(b)) | set(WORD_RE.findall(fold_for_search(b)))
    one_sided = bool(wa & (DENIAL | NEGATION)) != bool(wb & (DENIAL | NEGATION))
    return "disagree" if one_sided else "agree"


def read_split(path: Path) -> list[tuple[str, str, str]]:
    with path.open(encoding="utf-8") as f:
        return [(r["s1"], r["s2"], r["stance"]) for r in csv.DictReader(f)]


def fit(rows: list[tuple[str, str, str]], l2: float, epochs: int = 30, lr: float = 0.5, min_count: int = 2
        ) -> StanceModel:
    """Softmax regression by full-batch gradient descent (numpy), features seen fewer than ``min_count`` times
    dropped."""
    import numpy as np
    from collections import Counter

    feats = [pair_features(a, b) for a, b, _ in rows]
    counts = Counter(k for f in feats for k in f)
    vocab = sorted(k for k, c in counts.items() if c >= min_count)
    index = {k: i for i, k in enumerate(vocab)}
    X = np.zeros((len(rows), len(vocab)))
    for r, f in enumerate(feats):
        for k, v in f.items():
            if k in index:
                X[r, index[k]] = v
    Y = np.zeros((len(rows), len(LABELS)))
    for r, (_, _, lab) in enumerate(rows):
        Y[r, LABELS.index(lab)] = 1.0
    W = np.zeros((len(vocab), len(LABELS)))
    for _ in range(epochs * 10):
        Z = X @ W
        Z -= Z.max(axis=1, keepdims=True)
        P = np.exp(Z)
        P /= P.sum(axis=1, keepdims=True)
        grad = X.T @ (P - Y) / len(rows) + l2 * W
        W -= lr * grad
    weights = {lab: {k: round(float(W[i, j]), 5) for k, i in index.items() if abs(W[i, j]) > 1e-4}
               for j, lab in enumerate(LABELS)}
    return StanceModel(weights)


def accuracy(model: StanceModel, rows: list[tuple[str, str, str]]) -> tuple[float, float, float]:
    """(accuracy, precision and recall of "disagree")."""
    right = tp = fp = fn = 0
    for a, b, lab in rows:
        pred = model.predict(a, b)
        right += pred == lab
        tp += pred == lab == "disagree"
        fp += pred == "disagree" != lab
        fn += lab == "disagree" != pred
    return right / len(rows), (tp / (tp + fp) if tp + fp else 0.0), (tp / (tp + fn) if tp + fn else 0.0)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    base = Path(argv[0] if argv else Path(__file__).resolve().parents[2] / "shared") / "data" / "ans_stance" / "stance"
    if not base.exists():
        print(f"skipped: {base} not present", file=sys.stderr)
        return 0
    train, dev, test = (read_split(base / f"{n}.csv") for n in ("train", "dev", "test"))
    best = None
    for l2 in (0.0003, 0.001, 0.003):
        model = fit(train, l2)
        acc = accuracy(model, dev)
        print(f"  l2 {l2}: dev accuracy {acc[0]:.3f}, disagree P {acc[1]:.3f} R {acc[2]:.3f}")
        if best is None or acc[0] > best[0]:
            best = (acc[0], l2, model)
    _, l2, model = best
    acc, p, r = accuracy(model, test)
    majority = sum(lab == "disagree" for _, _, lab in test) / len(test)
    rule = sum(denial_check(a, b) == lab for a, b, lab in test) / len(test)
    print(f"ANS test ({len(test)} pairs): learned check accuracy {acc:.3f} (disagree P {p:.3f} R {r:.3f}, l2 {l2});"
          f" denial/negation rule {rule:.3f}; always 'disagree' {majority:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
