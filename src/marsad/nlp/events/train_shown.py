"""Train the shown-by-default filter (:mod:`marsad.nlp.events.shown`) from events read by hand.

Input: a folder of day stores coded by today's code (``STORES/<day>/events_all.jsonl``, i.e. ``marsad
events --all --json`` of each judged day) and the judgement files (``eval/judgements/snn_events_<day>*.tsv``:
article id, trigger offset, type, the coding read and its verdict), with the later readings of development days'
events a change recoded (``REREADINGS``).  An event today's code still codes as it was read (:func:`status`: same
article, trigger offset, type, parties, modality and date, or a wrong field still as judged) takes the verdict of
its latest such reading; the rest are unlabelled and left out.  With ``--complements`` (stores of the articles
each judged subset leaves out, ``eval/judged_event_stores.sh --complement``), the unseen draws' rows
(``snn_events_unseen_*.tsv``) join their day: trained on, and scored apart, as a second out-of-day figure (they
are events the filter of their time showed, read at older codes).

A logistic regression (L2, fitted here with numpy) over :func:`event_features`, evaluated **leave one day
out**: each development day is scored by a model trained on the other development days, which is what an
unseen day means.  The threshold is the lowest score at which the pooled out-of-day precision of the judged
subsets' rows reaches ``--target``; the trainer also prints threshold, precision and volume (a day's coded
events shown, and about how many of them right) at each of ``TARGETS``.  Three judged days are frozen (the three
whose day string has the lowest sha1): they are never used for training or choosing features, and are scored
once with ``--frozen`` by the model trained on the development days (the model ``--write`` ships).  The recipe
shipped before (:func:`before_features`) is retrained and evaluated the same way beside it, and the model shipped
before scored as is (``--old-model``).

    eval/judged_event_stores.sh STORES && eval/judged_event_stores.sh --complement COMPLEMENTS
    python -m marsad.nlp.events.train_shown STORES eval/judgements/snn_events_*.tsv --complements COMPLEMENTS \
        [--old-model OLD.json] [--nested] [--frozen] [--write]
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

from marsad.nlp.events.shown import MAX_SHOWN_SPAN, MODEL_PATH, UNSHOWN_PATTERNS, ShownFilter, event_features

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
FROZEN_DAYS = 3
# Pooled out-of-day precisions at which the trainer reports threshold, precision and volume
TARGETS = (0.80, 0.85, 0.90)

Features = Callable[[str, dict[str, Any], str | None], list[str]]


@dataclass(slots=True)
class Judged:
    """One judged event the code still emits as it was judged."""

    day: str
    article_id: str
    type: str
    data: dict[str, Any]
    ok: bool
    unseen: bool = False  # read in an unseen draw (the day's articles outside its judged subset)


def _name(party: dict | None) -> str:
    """A party as the judgement files write it (the name shown, or -)."""
    return str((party or {}).get("name") or (party or {}).get("text") or "-") if party else "-"


def hidden_by_rule(data: dict[str, Any]) -> bool:
    """Hidden whatever the model says (see ``mark_shown``)."""
    span = data.get("sentence") or [0, 0]
    return data.get("pattern") in UNSHOWN_PATTERNS or span[1] - span[0] > MAX_SHOWN_SPAN


def read_events(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def read_verdicts(paths: list[Path], column: str = "verdict") -> list[dict[str, str]]:
    """The rows of the TSV files that have ``column`` (``*_changes.tsv``, readings of one change's old and new
    codings, hold no ``verdict`` and are skipped); ``#`` lines are comments."""
    rows: list[dict[str, str]] = []
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            reader = csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t")
            if column in (reader.fieldnames or ()):
                rows += list(reader)
    return rows


def coded(e: dict[str, Any]) -> tuple[str, str, str, str]:
    """Actor, recipient, date and modality as a reader sees them; a date the act happened on or before (the day of
    the statement that tells it: events stage 53) is written "≤DAY"."""
    date = e.get("date") or "-"
    if e.get("date") and e.get("date_bound") == "on_or_before":
        date = "≤" + str(date)
    return _name(e.get("actor")), _name(e.get("recipient")), date, str(e.get("modality") or "-")


def status(r: dict[str, str], e: dict[str, Any] | None) -> str:
    """How a judged row (``verdict``, ``error`` and the coding read: ``actor``, ``recipient``, ``date``,
    ``modality``) reads today's event of the same article, trigger start and type: ``right``, ``wrong:<error>``
    (coded as the wrong one was, or wrong whatever the parties), ``changed`` (coded otherwise: not judged) or
    ``gone``."""
    if e is None:
        return "gone"
    actor, recipient, date, modality = coded(e)
    parties_same = (actor, recipient) == (r["actor"], r["recipient"])
    modality_same = modality == (r["modality"].split() or ["-"])[0]
    date_same = date == r["date"]
    if date.startswith("≤") and r["verdict"] == "ok":
        # a bound holds when the day the reader took for the act is no later; an empty judged date stays to read
        date_same = r["date"][:1].isdigit() and r["date"][:10] <= date[1:11]
        date = date if date_same else "≤?"
    if r["verdict"] == "ok":
        return "right" if parties_same and modality_same and (date_same or date == "-") else "changed"
    if r["error"] == "date":
        if parties_same and modality_same:
            return "right" if date == "-" else ("wrong:date" if date_same else "changed")
        return "changed"
    if parties_same and modality_same and (date_same or date == "-"):
        return f"wrong:{r['error']}"
    if r["error"] in ("actor", "actor-missing") and actor == r["actor"] and modality_same:
        return f"wrong:{r['error']}"  # the faulty field is as judged
    if r["error"] in ("recipient", "recipient-missing") and recipient == r["recipient"] and modality_same:
        return f"wrong:{r['error']}"
    if r["error"] in ("not-an-event", "type"):
        return f"wrong:{r['error']}"  # whatever the parties, nothing of this type happened
    return "changed"


def labelled(events: list[dict[str, Any]], verdicts: list[dict[str, str]], day: str = "",
             unseen: bool = False) -> list[Judged]:
    """Every judged event today's code still codes the way it was judged (:func:`status`: the same parties,
    modality and date, or a wrong field still as judged; a wrong date now left untold counts as right), with
    the verdict of its latest reading that still applies (``verdicts`` in the order they were read)."""
    by_key = {(e["article_id"], int(e["trigger"][0]), e["type"]): e for e in events}
    found: dict[tuple[str, int, str], bool] = {}
    for r in verdicts:
        key = (r["article_id"], int(r["trigger"].split("-")[0]), r["type"])
        e = by_key.get(key)
        if e is None or hidden_by_rule(e):
            continue  # not coded any more, or hidden whatever the model says
        st = status(r, e)
        if st == "right" or st.startswith("wrong"):
            found[key] = st == "right"
    return [Judged(day, k[0], k[2], by_key[k], ok, unseen) for k, ok in found.items()]


# Later readings of development days' events as a change recoded them: (the rows with their coding, the reader's
# file, the value of its ``file`` column for those rows or None when it holds only them), in the order read.
REREADINGS = (("events28_dev_changed_rows.tsv", "reread_events28_dev_changes_independent.tsv", None),
              ("events29_dev_changed_rows.tsv", "reread_events29_dev_changes_independent.tsv", None),
              ("events_round16_dev_shown_rows.tsv", "reread_events_round16_dev_shown_independent.tsv", None),
              ("events32_dev_changed_rows.tsv", "reread_events32_changes_independent.tsv", "dev"),
              ("events33_dev_changed_rows.tsv", "reread_events33_changes_independent.tsv", "dev"),
              ("events34_dev_changed_rows.tsv", "reread_events34_changes_independent.tsv", "dev"),
              ("events35_dev_changed_rows.tsv", "reread_events35_first_changes_independent.tsv", "dev"),
              ("events37_dev_changed_rows.tsv", "reread_events37_dev_changes_independent.tsv", None),
              ("events38_dev_changed_rows.tsv", "reread_events38_changes_independent.tsv", "dev"),
              ("events39_dev_changed_rows.tsv", "reread_events39_changes_independent.tsv", "dev"),
              ("events40_dev_changed_rows.tsv", "reread_events40_changes_independent.tsv", "dev"),
              ("events41_dev_changed_rows.tsv", "reread_events41_changes_independent.tsv", "dev"),
              ("events42_dev_changed_rows.tsv", "reread_events42_dev_changes_independent.tsv", None))


def rereadings(folder: Path) -> dict[str, list[dict[str, str]]]:
    """The ``REREADINGS`` of ``folder`` by day, as rows of a day's judgement file (the new coding, its verdict)."""
    out: dict[str, list[dict[str, str]]] = {}
    for rows_file, reader_file, tag in REREADINGS:
        if not (folder / rows_file).exists():
            continue
        read = [j for j in read_verdicts([folder / reader_file], "new_verdict") if tag is None or j["file"] == tag]
        for r, j in zip(read_verdicts([folder / rows_file], "kind"), read, strict=True):
            assert (r["article_id"], r["start"]) == (j["article_id"], j["start"]), (rows_file, r, j)
            if j["new_verdict"] in ("ok", "wrong"):
                out.setdefault(r["day"], []).append(dict(r, trigger=r["start"], verdict=j["new_verdict"],
                                                         error=j["new_error"]))
    return out


def frozen_days(days: list[str], n: int = FROZEN_DAYS) -> list[str]:
    """The ``n`` judged days set aside (lowest sha1 of the day string: a rule fixed before any look)."""
    return sorted(sorted(days, key=lambda d: hashlib.sha1(d.encode()).hexdigest())[:n])


def before_features(event_type: str, data: dict[str, Any], sentence: str | None = None) -> list[str]:
    """The features of the recipe shipped before (shown28): :func:`event_features` without which parties an event
    of its type names."""
    return [f for f in event_features(event_type, data, sentence) if not f.startswith("parties=")]


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


def _days(rows: list[Judged]) -> np.ndarray:
    return np.array([r.day for r in rows])


def _labels(rows: list[Judged]) -> np.ndarray:
    return np.array([r.ok for r in rows], dtype=float)


def day_models(rows: list[Judged], feature_fn: Features, c: float) -> dict[str, ShownFilter]:
    """For each day, the model trained on every other day."""
    feats = [feature_fn(r.type, r.data, r.data.get("sentence_text")) for r in rows]
    y, days = _labels(rows), _days(rows)
    return {d: fit([feats[i] for i in np.flatnonzero(days != d)], y[days != d], c) for d in sorted(set(days))}


def leave_one_day_out(rows: list[Judged], feature_fn: Features, c: float,
                      models: dict[str, ShownFilter] | None = None) -> np.ndarray:
    """Each row's score from a model trained on every other day."""
    models = models or day_models(rows, feature_fn, c)
    return np.array([_score(models[r.day], feature_fn(r.type, r.data, r.data.get("sentence_text"))) for r in rows])


def choose_threshold(scores: np.ndarray, y: np.ndarray, target: float, min_kept: int = 20) -> float:
    """The lowest score at which the events kept reach ``target`` precision (at least ``min_kept`` kept)."""
    for t in sorted(set(np.round(scores, 3))):
        kept = scores >= t
        if kept.sum() >= min_kept and y[kept].mean() >= target:
            return float(t)
    return float(np.max(scores))


def inner_scores(rows: list[Judged], feature_fn: Features, c: float) -> dict[str, np.ndarray]:
    """For each day, the leave-one-day-out scores of the other days' rows computed without that day at all (to
    choose the day's threshold without it: the whole recipe, threshold included, on an unseen day)."""
    days = _days(rows)
    return {d: leave_one_day_out([r for r in rows if r.day != d], feature_fn, c) for d in sorted(set(days))}


def nested_shown(rows: list[Judged], lodo: np.ndarray, inner: dict[str, np.ndarray], target: float,
                 chooser: np.ndarray) -> np.ndarray:
    """Whether each row is shown when its day's threshold is chosen from ``inner`` (the other days' rows
    selected by ``chooser``) for ``target``."""
    y, days = _labels(rows), _days(rows)
    shown = np.zeros(len(rows), dtype=bool)
    for d, sc in inner.items():
        rest = days != d
        t = choose_threshold(sc[chooser[rest]], y[rest][chooser[rest]], target)
        shown[days == d] = lodo[days == d] >= t
    return shown


def curve(scores: np.ndarray, y: np.ndarray) -> str:
    """Precision and number kept at a few thresholds."""
    parts = []
    for t in (0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9):
        kept = scores >= t
        parts.append(f"{t:.2f}: {y[kept].mean() if kept.any() else 0:.2f} of {int(kept.sum())}")
    return "; ".join(parts)


def event_scores(models: dict[str, ShownFilter], events: dict[str, list[dict[str, Any]]],
                 feature_fn: Features) -> dict[str, np.ndarray]:
    """Each day's coded events (judged or not, less those hidden by rule) scored by that day's model."""
    return {d: np.array([_score(m, feature_fn(e["type"], e, e.get("sentence_text"))) for e in events[d]
                         if not hidden_by_rule(e)]) for d, m in models.items() if d in events}


def _shown_count(model: ShownFilter, events: list[dict[str, Any]], feature_fn: Features, t: float) -> int:
    """How many of a day's coded events (judged or not) a model shows at threshold ``t``."""
    return sum(not hidden_by_rule(e) and _score(model, feature_fn(e["type"], e, e.get("sentence_text"))) >= t
               for e in events)


def _prec(y: np.ndarray, kept: np.ndarray) -> str:
    return f"{y[kept].mean() if kept.any() else 0:.3f} of {int(kept.sum())}"


def day_table(name: str, rows: list[Judged], scores: np.ndarray, t: float,
              shown_per_day: dict[str, int], coded_per_day: dict[str, int]) -> list[str]:
    """Per day and pooled: precision of the judged events shown, how many judged are shown, and how many of
    the day's coded events are shown (the unseen draws' rows apart)."""
    y, days = _labels(rows), _days(rows)
    seen = ~np.array([r.unseen for r in rows], dtype=bool)
    out = [f"{name} (threshold {t:.3f})",
           f"  {'day':<11} {'judged':>6} {'all ok':>6} {'shown':>6} {'prec':>5}  {'shown/coded (whole day)':>24}"
           f"  {'unseen draw: shown prec'}"]
    for d in sorted(set(days)):
        m = (days == d) & seen
        kept = m & (scores >= t)
        u = (days == d) & ~seen
        extra = f"  {_prec(y, u & (scores >= t))} (of {int(u.sum())} read)" if u.any() else ""
        out.append(f"  {d:<11} {int(m.sum()):>6} {y[m].mean() if m.any() else 0:>6.2f} {int(kept.sum()):>6} "
                   f"{y[kept].mean() if kept.any() else 0:>5.2f}  "
                   f"{shown_per_day.get(d, 0):>12}/{coded_per_day.get(d, 0):<6}{extra}")
    kept = seen & (scores >= t)
    out.append(f"  {'pooled':<11} {int(seen.sum()):>6} {y[seen].mean():>6.2f} {int(kept.sum()):>6} "
               f"{y[kept].mean() if kept.any() else 0:>5.2f}  "
               f"{sum(shown_per_day.values()):>12}/{sum(coded_per_day.values()):<6}"
               f"  right kept {int(y[kept].sum())}/{int(y[seen].sum())}")
    if (~seen).any():
        u = ~seen
        out.append(f"  unseen draws' rows: shown {_prec(y, u & (scores >= t))} of {int(u.sum())} read"
                   f" ({int(y[u].sum())} right), right kept {int(y[u & (scores >= t)].sum())}")
    return out


def target_lines(rows: list[Judged], lodo: np.ndarray, day_events: dict[str, np.ndarray], coded: int,
                 targets: tuple[float, ...], inner: dict[str, np.ndarray] | None) -> list[str]:
    """At each target: the threshold (pooled out-of-day precision of the judged subsets' rows), the precision
    of the rows shown (judged subsets; unseen draws, which are events the filter of their time showed; with
    the threshold also chosen without the day), and the volume — a day's coded events shown, and the right
    ones (shown times the day's out-of-day precision, a day with no judged row shown counted at the pool's)."""
    y, days = _labels(rows), _days(rows)
    seen = ~np.array([r.unseen for r in rows], dtype=bool)
    out = []
    for target in targets:
        t = choose_threshold(lodo[seen], y[seen], target)
        kept = lodo >= t
        shown = {d: int((sc >= t).sum()) for d, sc in day_events.items()}
        pooled = y[seen & kept].mean() if (seen & kept).any() else 0.0
        right = sum(n * (y[seen & kept & (days == d)].mean() if (seen & kept & (days == d)).any() else pooled)
                    for d, n in shown.items())
        n_days = max(1, len(shown))
        line = (f"  target {target:.2f}: threshold {t:.3f}; judged subsets {_prec(y, seen & kept)} "
                f"(right kept {int(y[seen & kept].sum())}/{int(y[seen].sum())})")
        if (~seen).any():
            line += f"; unseen draws {_prec(y, ~seen & kept)} of {int((~seen).sum())}"
        if inner is not None:
            nested = nested_shown(rows, lodo, inner, target, seen)
            line += f"; threshold chosen without the day: {_prec(y, seen & nested)}"
            if (~seen).any():
                line += f", unseen {_prec(y, ~seen & nested)}"
        line += (f"; shown {sum(shown.values())} of {coded} coded "
                 f"({sum(shown.values()) / n_days:.1f} a day, about {right / n_days:.1f} right)")
        out.append(line)
    return out


def load(stores: Path, judgements: list[Path], complements: Path | None = None
         ) -> tuple[dict[str, list[dict]], dict[str, list[Judged]]]:
    """The coded events of every judged day that has a store, and its judged rows; with ``complements``
    (``DAY/events_all.jsonl`` of the articles each judged subset leaves out), also the rows of the unseen
    draws (``snn_events_unseen_*.tsv``, a ``day`` column), under their day."""
    by_day: dict[str, list[Path]] = {}
    unseen: dict[str, list[dict[str, str]]] = {}
    for p in judgements:
        if "_unseen_" in p.name:
            for r in read_verdicts([p]):
                unseen.setdefault(r["day"], []).append(r)
        elif m := _DAY.search(p.name):
            by_day.setdefault(m.group(0), []).append(p)
    later = rereadings(judgements[0].parent)
    events, rows = {}, {}
    for day, paths in sorted(by_day.items()):
        f = stores / day / "events_all.jsonl"
        if f.exists():
            events[day] = read_events(f)
            rows[day] = labelled(events[day], read_verdicts(paths) + later.get(day, []), day)
    for day, verdicts in sorted(unseen.items()):
        if complements is not None and day in rows and (f := complements / day / "events_all.jsonl").exists():
            rows[day] += labelled(read_events(f), verdicts, day, unseen=True)
    return events, rows


def evaluate(name: str, feature_fn: Features, c: float, target: float, threshold: float | None,
             events: dict[str, list[dict]], rows: list[Judged], targets: tuple[float, ...],
             nested: bool) -> tuple[float, list[str]]:
    """The leave-one-day-out table of one recipe (features and C), with its threshold from the pooled scores of
    the judged subsets' rows, and its figures at each of ``targets``."""
    y = _labels(rows)
    seen = ~np.array([r.unseen for r in rows], dtype=bool)
    models = day_models(rows, feature_fn, c)
    lodo = leave_one_day_out(rows, feature_fn, c, models)
    t = threshold if threshold is not None else choose_threshold(lodo[seen], y[seen], target)
    day_events = event_scores(models, events, feature_fn)
    shown = {d: int((sc >= t).sum()) for d, sc in day_events.items()}
    coded = {d: len(events[d]) for d in day_events}
    lines = day_table(f"{name}: leave one day out", rows, lodo, t, shown, coded)
    lines.append("  out-of-day precision by threshold (judged subsets): " + curve(lodo[seen], y[seen]))
    lines += target_lines(rows, lodo, day_events, sum(coded.values()), targets,
                          inner_scores(rows, feature_fn, c) if nested else None)
    return t, lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("stores", type=Path,
                    help="folder of day stores: <day>/events_all.jsonl (marsad events --all --json)")
    ap.add_argument("judgements", type=Path, nargs="+", help="eval/judgements/snn_events_<day>*.tsv")
    ap.add_argument("--complements", type=Path,
                    help="stores of the articles the judged subsets leave out (judged_event_stores.sh --complement):"
                         " the unseen draws' rows join training and the leave-one-day-out figures")
    ap.add_argument("--c", type=float, default=0.1, help="inverse L2 strength")
    ap.add_argument("--target", type=float, default=0.8, help="pooled out-of-day precision the threshold must reach")
    ap.add_argument("--threshold", type=float, help="use this threshold instead of the one --target picks")
    ap.add_argument("--nested", action="store_true",
                    help="also choose each day's threshold without the day (fifteen times slower)")
    ap.add_argument("--old-model", type=Path,
                    help="the model shipped before (shown28's, over before_features), scored as is")
    ap.add_argument("--frozen", action="store_true", help="also score the frozen days (once, at the end)")
    ap.add_argument("--write", action="store_true",
                    help=f"write the model (trained on the development days) to {MODEL_PATH}")
    args = ap.parse_args(argv)
    events, rows_by_day = load(args.stores, args.judgements, args.complements)
    if not rows_by_day:
        print("no judged day has a store: nothing to learn from")
        return 1
    judged_days = {m.group(0) for p in args.judgements if "_unseen_" not in p.name and (m := _DAY.search(p.name))}
    frozen = [d for d in frozen_days(sorted(judged_days)) if d in rows_by_day]
    dev = [r for d, rs in rows_by_day.items() if d not in frozen for r in rs]
    n_unseen = sum(r.unseen for r in dev)
    print(f"development days: {len(rows_by_day) - len(frozen)}, {len(dev) - n_unseen} judged events still coded "
          f"({int(sum(r.ok for r in dev if not r.unseen))} right) and {n_unseen} of the unseen draws "
          f"({int(sum(r.ok for r in dev if r.unseen))} right); frozen days (not read): {', '.join(frozen)}")
    targets = TARGETS if args.threshold is None else ()
    dev_days = sorted({r.day for r in dev})
    shipped = None
    if args.old_model:
        shipped = ShownFilter.from_json(json.loads(args.old_model.read_text(encoding="utf-8")))
        sc = np.array([_score(shipped, before_features(r.type, r.data, r.data.get("sentence_text"))) for r in dev])
        shown = {d: _shown_count(shipped, events[d], before_features, shipped.threshold) for d in dev_days}
        print("\n".join(day_table("model shipped before, as is (trained at older codings of these days: in-sample;"
                                  " the unseen draws' rows out of sample)", dev, sc, shipped.threshold, shown,
                                  {d: len(events[d]) for d in dev_days})))
    old_t, lines = evaluate("recipe shipped before (shown28's features), retrained", before_features, args.c,
                            args.target, None, events, dev, targets, args.nested)
    print("\n".join(lines))
    t, lines = evaluate("new recipe", new_features, args.c, args.target, args.threshold, events, dev, targets,
                        args.nested)
    print("\n".join(lines))
    model = train(dev, new_features, args.c)
    model.threshold = t
    model.trained_on = ", ".join(dev_days) + (f" (and {n_unseen} events of the unseen draws)" if n_unseen else "")
    print(f"model: {len(model.weights)} weights, trained on {len(dev)} events of {model.trained_on}")
    top = sorted(model.weights.items(), key=lambda kv: kv[1])
    print("most negative:", ", ".join(f"{k} {v:+.2f}" for k, v in top[:10]))
    print("most positive:", ", ".join(f"{k} {v:+.2f}" for k, v in top[-10:]))
    if args.frozen:
        fz = [r for d in frozen for r in rows_by_day[d]]
        recipes = [("recipe shipped before, retrained on the development days", train(dev, before_features, args.c),
                    before_features, old_t),
                   ("new recipe trained on the development days", model, new_features, t)]
        if shipped is not None:
            recipes.insert(0, ("model shipped before, as is", shipped, before_features, shipped.threshold))
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
