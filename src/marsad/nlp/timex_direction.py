"""Which way a bare weekday points: "يوم الاثنين" in a Sunday paper is tomorrow or six days ago.

News mostly reports what happened, so a bare weekday is the latest such day on or before the publication date —
unless its clause plans something ("ستعقد القمة يوم الاثنين", "قررت تعليق الدروس يوم الاثنين").  Writers mark the
direction themselves often enough ("الاثنين الماضي", "الاثنين المقبل") for a model to learn the rest: a logistic
regression over the words around the weekday, trained on the weekdays that carry such a modifier (with the
modifier removed from what the model sees), from SaudiNewsNet.  ``python -m marsad.nlp.timex_direction`` rebuilds
the shipped weights and prints accuracy on days it did not train on.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable

from marsad.arabic.normalize import fold_for_search

WEIGHTS = "weekday_direction.json"
BEFORE_WORDS = 8
AFTER_WORDS = 5
AHEAD_THRESHOLD = 0.5  # on the probability adjusted to the share of bare weekdays that point ahead (see build)

_WORD = re.compile(r"\w+")


def features(text: str, start: int, end: int) -> list[str]:
    """Words around the expression ``text[start:end]``, by side; the nearest two and verb prefixes by position."""
    before = _WORD.findall(fold_for_search(text[max(0, start - 120):start]))[-BEFORE_WORDS:]
    after = _WORD.findall(fold_for_search(text[end:end + 80]))[:AFTER_WORDS]
    out = ["bias"]
    out += [f"b:{w}" for w in before]
    out += [f"a:{w}" for w in after]
    if before:
        out += [f"b1:{before[-1]}", f"b1p:{before[-1][:2]}"]
    if len(before) > 1:
        out += [f"b2:{before[-2]}", f"b2p:{before[-2][:2]}"]
    # The tense prefixes (سي/ست future, ي/ت imperfect) behind a conjunction: "وستعقد" → "ستعقد".
    stems = [w[1:] if w[0] in "وف" and len(w) > 4 else w for w in before]
    out += [f"bp:{w[:2]}" for w in stems if len(w) > 3]
    if stems:
        out.append(f"b1s:{stems[-1][:2]}")
    return out


@lru_cache(maxsize=1)
def _model() -> dict:
    path = resources.files("marsad.nlp").joinpath("data", WEIGHTS)
    return json.loads(path.read_text(encoding="utf-8"))


def p_ahead(text: str, start: int, end: int) -> float:
    """Probability that the bare weekday at ``text[start:end]`` lies after the publication date.

    The model learned from weekdays marked past or coming, about half of each; bare weekdays point back far more
    often, so its odds are shifted to their share (estimated at build time).
    """
    model = _model()
    w = model["weights"]
    z = sum(w.get(f, 0.0) for f in features(text, start, end)) + model["bare_shift"]
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def points_ahead(text: str, start: int, end: int) -> bool:
    return p_ahead(text, start, end) >= AHEAD_THRESHOLD


# --------------------------------------------------------------------------- training

_WEEKDAY = re.compile(r"(?:يوم\s+)?(?:الأحد|الاحد|الإثنين|الاثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت)"
                      r"(?:\s+(الماضي|المنصرم|الفائت|المقبل|القادم))?")
_AHEAD = {"المقبل", "القادم"}


def labelled_examples(texts: Iterable[str]) -> Iterable[tuple[list[str], int]]:
    """(features, 1 if ahead else 0) for every weekday its writer marked as past or coming."""
    for text in texts:
        for m in _WEEKDAY.finditer(text):
            if m.group(1):
                # The model sees the words around the weekday and never the modifier itself.
                yield features(text, m.start(), m.end()), int(m.group(1) in _AHEAD)


def train(examples: list[tuple[list[str], int]], *, epochs: int = 30, l2: float = 1e-4, rate: float = 0.2,
          min_count: int = 3) -> dict[str, float]:
    """Logistic regression by stochastic gradient descent over features seen ``min_count`` times or more."""
    import random

    counts: dict[str, int] = {}
    for feats, _ in examples:
        for f in set(feats):
            counts[f] = counts.get(f, 0) + 1
    keep = {f for f, n in counts.items() if n >= min_count}
    data = [([f for f in feats if f in keep], y) for feats, y in examples]
    w: dict[str, float] = {}
    rng = random.Random(13)
    for epoch in range(epochs):
        rng.shuffle(data)
        step = rate / (1 + epoch)
        for feats, y in data:
            p = p_ahead_from(feats, w)
            g = y - p
            for f in feats:
                w[f] = w.get(f, 0.0) * (1 - step * l2) + step * g
    return {f: round(v, 4) for f, v in sorted(w.items()) if abs(v) >= 1e-3}


def p_ahead_from(feats: list[str], w: dict[str, float]) -> float:
    z = sum(w.get(f, 0.0) for f in feats)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _saudinewsnet(folder: Path, days: Iterable[str] | None = None) -> Iterable[tuple[str, str]]:
    import zipfile

    for path in sorted(folder.glob("*.zip")):
        if days is not None and path.stem not in days:
            continue
        with zipfile.ZipFile(path) as zf:
            for rec in json.loads(zf.read(zf.namelist()[0]).decode("utf-8")):
                yield path.stem, rec.get("content") or ""


def bare_features(texts: Iterable[str]) -> Iterable[list[str]]:
    for text in texts:
        for m in _WEEKDAY.finditer(text):
            if not m.group(1):
                yield features(text, m.start(), m.end())


def prior_shift(w: dict[str, float], labelled_share: float, bare: list[list[str]]) -> tuple[float, float]:
    """(share of bare weekdays pointing ahead, log-odds shift to it) by EM over the model's posteriors
    (Saerens, Latinne & Decaestecker 2002): the bare weekdays carry no label, but their posteriors tell the share."""
    logit = lambda p: math.log(p / (1 - p))  # noqa: E731
    posts = [p_ahead_from(f, w) for f in bare]
    share = labelled_share
    for _ in range(100):
        adjusted = []
        for p in posts:
            a, b = p * share / labelled_share, (1 - p) * (1 - share) / (1 - labelled_share)
            adjusted.append(a / (a + b))
        share = sum(adjusted) / max(1, len(adjusted))
    return share, logit(share) - logit(labelled_share)


def build(corpus: Path, out: Path, *, test_days: int = 5) -> dict[str, float]:
    """Train on all but the last ``test_days`` days, report on them, then train on everything and save."""
    days = sorted(p.stem for p in corpus.glob("*.zip"))
    train_days, test = set(days[:-test_days]), set(days[-test_days:])
    train_ex = list(labelled_examples(t for _, t in _saudinewsnet(corpus, train_days)))
    test_ex = list(labelled_examples(t for _, t in _saudinewsnet(corpus, test)))
    w = train(train_ex)
    correct = sum((p_ahead_from(f, w) >= 0.5) == bool(y) for f, y in test_ex)
    report = {"train": len(train_ex), "test": len(test_ex), "test_accuracy": round(correct / max(1, len(test_ex)), 3),
              "test_share_ahead": round(sum(y for _, y in test_ex) / max(1, len(test_ex)), 3)}
    everything = train_ex + test_ex
    full = train(everything)
    share = sum(y for _, y in everything) / len(everything)
    bare_share, shift = prior_shift(full, share, list(bare_features(t for _, t in _saudinewsnet(corpus))))
    report["bare_share_ahead"] = round(bare_share, 3)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"about": "weekday direction model (marsad.nlp.timex_direction)", "report": report,
                               "bare_shift": round(shift, 4), "weights": full}, ensure_ascii=False, sort_keys=True,
                              indent=0) + "\n", encoding="utf-8")
    return report


if __name__ == "__main__":
    import os

    shared = Path(os.environ.get("MARSAD_SHARED", "../shared"))
    target = Path(__file__).resolve().parent / "data" / WEIGHTS
    print(build(shared / "data" / "saudinewsnet", target))
