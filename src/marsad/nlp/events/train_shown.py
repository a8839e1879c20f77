"""Train the shown-by-default filter (:mod:`marsad.nlp.events.shown`) from events read by hand.

Input: a folder of day stores coded by today's code (``STORES/<day>/events_all.jsonl``, i.e. ``marsad
events --all --json`` of each judged day) and the judgement files (``eval/judgements/snn_events_<day>*.tsv``:
article id, trigger offset, type, verdict).  An event the code still emits the way it was judged (same
article, trigger offset and type, and the judged wrong field unchanged) takes its verdict; the rest are
unlabelled and left out.

A logistic regression (L2, fitted here with numpy) over :func:`event_features`, evaluated **leave one day
out**: each development day is scored by a model trained on the other development days, which is what an
unseen day means.  The threshold is the lowest score at which the pooled out-of-day precision reaches
``--target``.  Three judged days are frozen (the three whose day string has the lowest sha1): they are never
used for training or choosing features, and are scored once with ``--frozen`` by the model trained on
the development days (the model ``--write`` ships).  The recipe shipped before (seven coarse features,
:func:`old_features`) is evaluated the same way beside it.

    eval/judged_event_stores.sh STORES && python -m marsad.nlp.events.train_shown STORES eval/judgements/snn_events_*.tsv [--frozen] [--write]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from marsad.nlp.events.shown import (MAX_SHOWN_SPAN, MODEL_PATH, UNSHOWN_PATTERNS, ShownFilter, _bucket, _label,
                                     event_features)

_PARTY_ERRORS = frozenset({"actor", "actor-missing", "recipient", "recipient-missing", "direction"})
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
FROZEN_DAYS = 3

Features = Callable[[str, dict[str, Any], str | None], list[str]]


@dataclass(slots=True)
class Judged:
    """One judged event the code still emits as it was judged."""

    day: str
    article_id: str
    type: str
    data: dict[str, Any]
    ok: bool


def _name(party: dict | None) -> str:
    """A party as the judgement files write it (the name shown, or -)."""
    return str((party or {}).get("name") or (party or {}).get("text") or "-") if party else "-"


def hidden_by_rule(data: dict[str, Any]) -> bool:
    """Hidden whatever the model says (see ``mark_shown``)."""
    span = data.get("sentence") or [0, 0]
    return data.get("pattern") in UNSHOWN_PATTERNS or span[1] - span[0] > MAX_SHOWN_SPAN


def read_events(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def labelled(events: list[dict[str, Any]], judgements: list[Path], day: str = "") -> list[Judged]:
    """Every judged event the code still emits the way it was judged (a wrong date now left untold counts
    as right; an event whose wrong field has changed is left out)."""
    by_key = {(e["article_id"], int(e["trigger"][0]), e["type"]): e for e in events}
    rows = []
    for path in judgements:
        with open(path, encoding="utf-8") as fh:
            reader = csv.DictReader(fh, delimiter="\t")
            if "verdict" not in (reader.fieldnames or ()):
                continue  # a reading of one change's old and new codings (``*_changes.tsv``), not of a day's events
            for r in reader:
                e = by_key.get((r["article_id"], int(r["trigger"].split("-")[0]), r["type"]))
                if e is None or hidden_by_rule(e):
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
                rows.append(Judged(day, r["article_id"], r["type"], e, ok))
    return rows


def frozen_days(days: list[str], n: int = FROZEN_DAYS) -> list[str]:
    """The ``n`` judged days set aside (lowest sha1 of the day string: a rule fixed before any look)."""
    return sorted(sorted(days, key=lambda d: hashlib.sha1(d.encode()).hexdigest())[:n])


def old_features(event_type: str, data: dict[str, Any], _sentence: str | None = None) -> list[str]:
    """The seven coarse features of the filter shipped before (kept to compare recipes)."""
    actor, recipient = _label(data.get("actor")), _label(data.get("recipient"))
    s = data.get("sentence") or [0, 0]
    left = int(data.get("parties_left_out") or 0)
    feats = [
        f"length={_bucket(s[1] - s[0], (120, 220, 350))}", f"left_out={min(left, 2)}",
        f"actor={'none' if actor == 'none' else actor.split('-')[1]}", f"recipient={recipient}",
        f"actor_from={data.get('actor_from') or 'none'}", f"assault={event_type == 'ASSAULT'}",
        f"modality={data.get('modality')}",
    ]
    if data.get("forces_unplaced"):
        feats.append("forces_unplaced")
    if data.get("detector") is not None:
        feats.append("detected")
    return feats


def new_features(event_type: str, data: dict[str, Any], sentence: str | None = None) -> list[str]:
    return event_features(event_type, data, sentence)


def fit(feats: list[list[str]], y: np.ndarray, c: float = 1.0, iters: int = 50) -> ShownFilter:
    """L2-regularised logistic regression by Newton's method (the data are a few thousand events)."""
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


def _score(model: ShownFilter, feats: list[str]) -> float:
    z = model.bias + sum(model.weights.get(f, 0.0) for f in feats)
    return 1.0 / (1.0 + np.exp(-max(-30.0, min(30.0, z))))


def train(rows: list[Judged], feature_fn: Features, c: float) -> ShownFilter:
    return fit([feature_fn(r.type, r.data, r.data.get("sentence_text")) for r in rows],
               np.array([r.ok for r in rows], dtype=float), c)


def leave_one_day_out(rows: list[Judged], feature_fn: Features, c: float) -> np.ndarray:
    """Each row's score from a model trained on every other day."""
    feats = [feature_fn(r.type, r.data, r.data.get("sentence_text")) for r in rows]
    y = np.array([r.ok for r in rows], dtype=float)
    days = np.array([r.day for r in rows])
    out = np.zeros(len(rows))
    for d in sorted(set(days)):
        held = days == d
        model = fit([feats[i] for i in np.flatnonzero(~held)], y[~held], c)
        for i in np.flatnonzero(held):
            out[i] = _score(model, feats[i])
    return out


def nested_threshold(rows: list[Judged], feature_fn: Features, c: float, target: float,
                     lodo: np.ndarray) -> tuple[np.ndarray, dict[str, float]]:
    """Whether each row is shown when its day's threshold too is chosen without that day (from the
    leave-one-day-out scores of the other days alone): the whole recipe, threshold included, on unseen days."""
    y = np.array([r.ok for r in rows], dtype=float)
    days = np.array([r.day for r in rows])
    shown = np.zeros(len(rows), dtype=bool)
    chosen = {}
    for d in sorted(set(days)):
        rest = [r for r in rows if r.day != d]
        inner = leave_one_day_out(rest, feature_fn, c)
        chosen[d] = choose_threshold(inner, y[days != d], target)
        shown[days == d] = lodo[days == d] >= chosen[d]
    return shown, chosen


def choose_threshold(scores: np.ndarray, y: np.ndarray, target: float, min_kept: int = 20) -> float:
    """The lowest score at which the events kept reach ``target`` precision (at least ``min_kept`` kept)."""
    for t in sorted(set(np.round(scores, 3))):
        kept = scores >= t
        if kept.sum() >= min_kept and y[kept].mean() >= target:
            return float(t)
    return float(np.max(scores))


def curve(scores: np.ndarray, y: np.ndarray) -> str:
    """Precision and number kept at a few thresholds."""
    parts = []
    for t in (0.4, 0.5, 0.6, 0.7, 0.8):
        kept = scores >= t
        parts.append(f"{t:.1f}: {y[kept].mean() if kept.any() else 0:.2f} of {int(kept.sum())}")
    return "; ".join(parts)


def _shown_count(model: ShownFilter, events: list[dict[str, Any]], feature_fn: Features, t: float) -> int:
    """How many of a day's coded events (judged or not) a model shows at threshold ``t``."""
    return sum(not hidden_by_rule(e) and _score(model, feature_fn(e["type"], e, e.get("sentence_text"))) >= t
               for e in events)


def day_table(name: str, rows: list[Judged], scores: np.ndarray, t: float,
              shown_per_day: dict[str, int], coded_per_day: dict[str, int]) -> list[str]:
    """Per day and pooled: precision of the judged events shown, how many judged are shown, and how many of
    the day's coded events are shown."""
    y = np.array([r.ok for r in rows], dtype=float)
    days = np.array([r.day for r in rows])
    out = [f"{name} (threshold {t:.3f})",
           f"  {'day':<11} {'judged':>6} {'all ok':>6} {'shown':>6} {'prec':>5}  {'shown/coded (whole day)':>24}"]
    for d in sorted(set(days)):
        m = days == d
        kept = m & (scores >= t)
        prec = y[kept].mean() if kept.any() else 0.0
        out.append(f"  {d:<11} {int(m.sum()):>6} {y[m].mean():>6.2f} {int(kept.sum()):>6} {prec:>5.2f}  "
                   f"{shown_per_day.get(d, 0):>12}/{coded_per_day.get(d, 0):<6}")
    kept = scores >= t
    out.append(f"  {'pooled':<11} {len(y):>6} {y.mean():>6.2f} {int(kept.sum()):>6} {y[kept].mean():>5.2f}  "
               f"{sum(shown_per_day.values()):>12}/{sum(coded_per_day.values()):<6}"
               f"  right kept {int(y[kept].sum())}/{int(y.sum())}")
    return out


def load(stores: Path, judgements: list[Path]) -> tuple[dict[str, list[dict]], dict[str, list[Judged]]]:
    """The coded events of every judged day that has a store, and its judged rows."""
    by_day: dict[str, list[Path]] = {}
    for p in judgements:
        m = _DAY.search(p.name)
        if m:
            by_day.setdefault(m.group(0), []).append(p)
    events, rows = {}, {}
    for day, paths in sorted(by_day.items()):
        f = stores / day / "events_all.jsonl"
        if f.exists():
            events[day] = read_events(f)
            rows[day] = labelled(events[day], paths, day)
    return events, rows


def evaluate(name: str, feature_fn: Features, c: float, target: float, threshold: float | None,
             events: dict[str, list[dict]], rows: list[Judged]) -> tuple[float, list[str]]:
    """The leave-one-day-out table of one recipe (features and C), with its threshold from the pooled scores."""
    y = np.array([r.ok for r in rows], dtype=float)
    lodo = leave_one_day_out(rows, feature_fn, c)
    t = threshold if threshold is not None else choose_threshold(lodo, y, target)
    shown, coded = {}, {}
    for d in sorted({r.day for r in rows}):
        model = train([r for r in rows if r.day != d], feature_fn, c)
        shown[d] = _shown_count(model, events[d], feature_fn, t)
        coded[d] = len(events[d])
    lines = day_table(f"{name}: leave one day out", rows, lodo, t, shown, coded)
    lines.append("  out-of-day precision by threshold: " + curve(lodo, y))
    if threshold is None:
        kept, chosen = nested_threshold(rows, feature_fn, c, target, lodo)
        days = np.array([r.day for r in rows])
        per_day = ", ".join(f"{d[5:]} {y[kept & (days == d)].mean() if (kept & (days == d)).any() else 0:.2f}"
                            f" of {int((kept & (days == d)).sum())}" for d in sorted(chosen))
        lines.append(f"  threshold also chosen without the day (thresholds {min(chosen.values()):.3f}-"
                     f"{max(chosen.values()):.3f}): pooled {y[kept].mean():.3f} of {int(kept.sum())}; {per_day}")
    return t, lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("stores", type=Path,
                    help="folder of day stores: <day>/events_all.jsonl (marsad events --all --json)")
    ap.add_argument("judgements", type=Path, nargs="+", help="eval/judgements/snn_events_<day>*.tsv")
    ap.add_argument("--c", type=float, default=0.1, help="inverse L2 strength")
    ap.add_argument("--old-c", type=float, default=1.0, help="inverse L2 strength of the old recipe")
    ap.add_argument("--target", type=float, default=0.8, help="pooled out-of-day precision the threshold must reach")
    ap.add_argument("--threshold", type=float, help="use this threshold instead of the one --target picks")
    ap.add_argument("--old-model", type=Path,
                    help="a model file over the old features (the one shipped before) to score as is")
    ap.add_argument("--frozen", action="store_true", help="also score the frozen days (once, at the end)")
    ap.add_argument("--write", action="store_true",
                    help=f"write the model (trained on the development days) to {MODEL_PATH}")
    args = ap.parse_args(argv)
    events, rows_by_day = load(args.stores, args.judgements)
    if not rows_by_day:
        print("no judged day has a store: nothing to learn from")
        return 1
    judged_days = {m.group(0) for p in args.judgements if (m := _DAY.search(p.name))}
    frozen = [d for d in frozen_days(sorted(judged_days)) if d in rows_by_day]
    dev = [r for d, rs in rows_by_day.items() if d not in frozen for r in rs]
    y = np.array([r.ok for r in dev], dtype=float)
    print(f"development days: {len(rows_by_day) - len(frozen)}, {len(dev)} judged events still coded "
          f"({int(y.sum())} right); frozen days (not read): {', '.join(frozen)}")
    old_t, lines = evaluate("old recipe (7 coarse features)", old_features, args.old_c, args.target, None, events, dev)
    print("\n".join(lines))
    if args.old_model:
        shipped = ShownFilter.from_json(json.loads(args.old_model.read_text(encoding="utf-8")))
        sc = np.array([_score(shipped, old_features(r.type, r.data)) for r in dev])
        shown = {d: _shown_count(shipped, events[d], old_features, shipped.threshold)
                 for d in sorted({r.day for r in dev})}
        print("\n".join(day_table(f"model shipped before, as is (trained on {shipped.trained_on}: in-sample there)",
                                  dev, sc, shipped.threshold, shown, {d: len(events[d]) for d in shown})))
    t, lines = evaluate("new recipe", new_features, args.c, args.target, args.threshold, events, dev)
    print("\n".join(lines))
    model = train(dev, new_features, args.c)
    model.threshold = t
    model.trained_on = ", ".join(sorted({r.day for r in dev}))
    print(f"model: {len(model.weights)} weights, trained on {len(dev)} events of {model.trained_on}")
    top = sorted(model.weights.items(), key=lambda kv: kv[1])
    print("most negative:", ", ".join(f"{k} {v:+.2f}" for k, v in top[:10]))
    print("most positive:", ", ".join(f"{k} {v:+.2f}" for k, v in top[-10:]))
    if args.frozen:
        fz = [r for d in frozen for r in rows_by_day[d]]
        old = train(dev, old_features, args.old_c)
        recipes = [("old recipe trained on the development days", old, old_features, old_t),
                   ("new recipe trained on the development days", model, new_features, t)]
        if args.old_model:
            recipes.insert(0, ("model shipped before, as is", shipped, old_features, shipped.threshold))
        for name, m, fn, tt in recipes:
            sc = np.array([_score(m, fn(r.type, r.data, r.data.get("sentence_text"))) for r in fz])
            shown = {d: _shown_count(m, events[d], fn, tt) for d in frozen}
            print("\n".join(day_table(f"FROZEN, {name}", fz, sc, tt, shown,
                                      {d: len(events[d]) for d in frozen})))
    if args.write:
        MODEL_PATH.write_text(json.dumps(model.to_json(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"written to {MODEL_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
