"""Train the same-incident check (:mod:`incidents_check`) on the pairs readers marked on home pages.

    python -m marsad.stories.train_incidents --read DB FINAL_TSV GROUPS_TSV [--read ...] [--dev-db DB] [--out FILE]

``--read``: a store the pages were read from (``eval/home_pages.py --work``), the reader's verdict per story
(``eval/judgements/stories_home_pages_*.tsv``: day, rank, story_id ...) and every stray with its own event
(``..._groups.tsv``: story_id, article_id prefix, the stray's event).  The read stories are found on the shipped
placement's home pages of the store (as ``eval/home_pages_strays.py`` finds them); every member the reader did not
mark is a main-event member.  Pairs of a read story, both dated and within the pair model's window:
main × main = same incident; stray × main = different; two strays of one marked event = same, of two = different.
Each story's pairs weigh 2 / (members - 1), so each article counts about once, not a large story quadratically.

``--dev-db``: the processed development sample (``train_pairs.prepare``; never the frozen part): its pairs inside
a development story are positives and its pairs with another story or a distractor negatives, kept only when the
pair model gives them 0.5 or more (where the check acts); they weigh as much in total as the read pairs, so the
check keeps a story's own follow-ups.

Fits a class-balanced, L2-regularised logistic regression and writes ``data/incident_model.json`` (or ``--out``).
Deterministic: the same stores give the same file.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import sys
from collections import defaultdict
from pathlib import Path

from incidents_check import INCIDENT_FEATURES, incident_features, pair_logit
from marsad.stories.pairs import shipped_model

MODEL_PATH = Path(__file__).resolve().parent / "data" / "incident_model.json"


def _rows(path: str) -> list[list[str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter="\t"))
    return rows[1:]


def _within(a, b, days: int) -> bool:
    from marsad.stories.grouping import _within as w
    return w(a.date, b.date, days)


def read_pairs(db: str, final: str, groups: str, top: int = 20, items=None, old=None):
    """(a, b, label, weight) of the read stories of one store's pages (ArticleFeatures pairs); ``items`` and
    ``old`` (the store's features and the placement the pages were read on) when already at hand."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "eval"))
    from home_pages import home_pages
    from marsad.store import open_store
    from marsad.stories.grouping import GroupOptions
    from marsad.stories.train_pairs import features_from_store, place

    read = [(r[0], r[2]) for r in _rows(final)]
    stray = {(r[0], r[1]): (r[2] if len(r) > 2 else "?") for r in _rows(groups)}
    if items is None:
        store = open_store(db)
        items = features_from_store(store)
        store.close()
    if old is None:
        old = place(items, None, GroupOptions())  # the placement the pages were read on
    window = shipped_model().window_days
    seen: set[tuple[str, str]] = set()
    out = []
    stories = 0
    for day in sorted({d for d, _ in read}):
        page = dict(home_pages(items, old, day, top))
        for d, sid in read:
            if d != day or sid not in page:
                continue
            stories += 1
            ms = [m.features for m in page[sid] if m.features.published]
            if len(ms) < 2:
                continue
            wt = 2.0 / (len(ms) - 1)
            for i, a in enumerate(ms):
                la = stray.get((sid, a.article_id[:10]))
                for b in ms[i + 1:]:
                    key = tuple(sorted((a.article_id, b.article_id)))
                    if key in seen or not _within(a, b, window):
                        continue
                    seen.add(key)
                    lb = stray.get((sid, b.article_id[:10]))
                    out.append((a, b, 1 if la == lb else 0, wt))
    print(f"{db}: {stories} read stories found, {len(out)} pairs ({sum(p[2] for p in out)} same)", file=sys.stderr)
    return out


def dev_pairs(db: str, shared: Path):
    """(a, b, label, 1.0) of the development stories the pair model gives 0.5 or more (never the frozen part)."""
    from marsad.store import open_store
    from marsad.stories.gold import load_gold
    from marsad.stories.train_pairs import candidate_pairs, features_from_store

    gold = load_gold(shared / "gold" / "stories_dev.json")
    model = shipped_model()
    store = open_store(db)
    items = features_from_store(store)
    store.close()
    dev = gold.part(False)
    frozen = set(gold.part(True))
    by_id = {it.features.article_id: it for it in items}
    label_of = {it.features.article_id: dev.get(it.url) for it in items if it.url in dev}
    sampled = {sid for sid, s in gold.stories.items() if s.get("sampled")}
    cands = candidate_pairs(items, model.window_days)
    out, seen = [], set()
    for aid, story in sorted(label_of.items()):
        if story is None:
            continue
        others = set(cands.get(aid, ())) | {b for b, s in label_of.items() if s == story and b != aid}
        for bid in sorted(others):
            key = tuple(sorted((aid, bid)))
            if key in seen or by_id[bid].url in frozen:
                continue
            if bid in label_of:
                lab = 1 if label_of[bid] == story else 0
            elif story in sampled:
                continue
            else:
                lab = 0
            seen.add(key)
            a, b = by_id[aid].features, by_id[bid].features
            if not (a.published and b.published) or not _within(a, b, model.window_days):
                continue
            if pair_logit(a, b, model) < 0.0:  # (a pair probability under 0.5)
                continue
            out.append((a, b, lab, 1.0))
    print(f"{db}: {len(out)} development pairs at 0.5 or more ({sum(p[2] for p in out)} same)", file=sys.stderr)
    return out


def vectors(pairs):
    model = shipped_model()
    X = [incident_features(a, b, pair_logit(a, b, model)) for a, b, _, _ in pairs]
    return X, [p[2] for p in pairs], [p[3] for p in pairs]


def fit(X, y, sw, l2: float = 1.0, steps: int = 40) -> list[float]:
    """Class-balanced, sample-weighted L2 logistic regression by Newton's method (the bias is not penalised)."""
    import numpy as np

    Xa, ya, wa = np.asarray(X, dtype=float), np.asarray(y, dtype=float), np.asarray(sw, dtype=float)
    pos, neg = (wa * ya).sum(), (wa * (1 - ya)).sum()
    ws = wa * np.where(ya == 1, wa.sum() / (2 * pos), wa.sum() / (2 * neg))
    w = np.zeros(Xa.shape[1])
    reg = np.full(Xa.shape[1], l2)
    reg[0] = 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-np.clip(Xa @ w, -30, 30)))
        grad = Xa.T @ (ws * (p - ya)) + reg * w
        H = (Xa * (ws * p * (1 - p))[:, None]).T @ Xa + np.diag(reg + 1e-9)
        step = np.linalg.solve(H, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return [float(v) for v in w]


def report(X, y, sw, weights, label: str) -> None:
    """Weighted share of same / different pairs under each bar (how much each bar would cost and remove)."""
    def prob(x):
        z = sum(a * b for a, b in zip(weights, x))
        return 1 / (1 + math.exp(-max(-30, min(30, z))))
    ps = [prob(x) for x in X]
    for bar in (0.2, 0.3, 0.4, 0.5):
        same = sum(w for p, l, w in zip(ps, y, sw) if l == 1)
        diff = sum(w for p, l, w in zip(ps, y, sw) if l == 0)
        same_cut = sum(w for p, l, w in zip(ps, y, sw) if l == 1 and p < bar)
        diff_cut = sum(w for p, l, w in zip(ps, y, sw) if l == 0 and p < bar)
        print(f"  {label} bar {bar:.1f}: same pairs cut {same_cut / max(same, 1e-9):.3f}, different pairs cut "
              f"{diff_cut / max(diff, 1e-9):.3f}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--read", nargs=3, action="append", default=[], metavar=("DB", "FINAL", "GROUPS"))
    parser.add_argument("--test", nargs=3, action="append", default=[], metavar=("DB", "FINAL", "GROUPS"),
                        help="read pages scored, not trained on")
    parser.add_argument("--dev-db", help="the processed development sample (train_pairs.prepare)")
    parser.add_argument("--shared", default="../shared")
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--out", default=str(MODEL_PATH))
    args = parser.parse_args(argv)
    pairs = []
    for db, final, groups in args.read:
        pairs += read_pairs(db, final, groups)
    X, y, sw = vectors(pairs)
    if args.dev_db:
        dp = dev_pairs(args.dev_db, Path(args.shared))
        Xd, yd, _ = vectors(dp)
        scale = sum(sw) / max(1, len(dp))
        X, y, sw = X + Xd, y + yd, sw + [scale] * len(dp)
    weights = fit(X, y, sw, args.l2)
    print(f"{len(y)} pairs ({sum(y)} same); weights:", file=sys.stderr)
    for name, w in zip(INCIDENT_FEATURES, weights):
        print(f"  {name:16s} {w:+.3f}", file=sys.stderr)
    report(X, y, sw, weights, "training")
    for db, final, groups in args.test:
        tp = read_pairs(db, final, groups)
        Xt, yt, st = vectors(tp)
        report(Xt, yt, st, weights, "test")
    data = {"features": list(INCIDENT_FEATURES), "weights": [round(w, 6) for w in weights],
            "trained_on": [" ".join(Path(p).name for p in r) for r in args.read]
            + (["stories_dev.json development part (frozen excluded)"] if args.dev_db else []),
            "pairs": len(y), "same": sum(y)}
    Path(args.out).write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
