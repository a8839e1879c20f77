"""Train the columnist's-voice model of :mod:`marsad.stories.opinion` from SaudiNewsNet.

    python -m marsad.stories.train_opinion --db SNN_STORE [--write]

``SNN_STORE`` is a store that holds SaudiNewsNet (``marsad ingest ../shared/data/saudinewsnet/*.zip``, or the
store ``benchmarks/bench_stories.py --db`` builds).  The labels are silver: the outlets whose web addresses file
columns under a section of their own (``data/opinion_sections.txt``) say of each page of their opinion and news
sections whether it is a column (their other sections — sport, culture — are left out).  The features are the shipped :func:`~marsad.stories.opinion.text_features`, so what is trained is what
runs; the fit is the class-balanced L2 logistic regression the pair model uses
(:func:`marsad.stories.train_pairs.fit`).  Articles of the days whose home pages were kept for frozen readings are
left out (``--skip``).  Prints, for each listed outlet held out in turn, the precision and recall of the text alone
at the shipped threshold, then the weights; ``--write`` ships them (``data/opinion_weights.json``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter

from marsad.stories.opinion import (FEATURES, MIN_WORDS, TEXT_THRESHOLD, WEIGHTS_PATH, _host, section_label,
                                    text_features)

FROZEN_DAYS = "2015-07-23,2015-07-24,2015-07-27,2015-07-31"  # the frozen home pages of round 18 and their eves


def silver(store, skip: set[str]) -> tuple[list[list[float]], list[int], list[str]]:
    """Features, labels and hosts of every page of a listed outlet's opinion or news section (outside the ``skip``
    days) long enough to be read (``MIN_WORDS``)."""
    X: list[list[float]] = []
    y: list[int] = []
    hosts: list[str] = []
    for a in store.iter_articles():
        said = section_label(a.url)
        if said is None or not a.text.strip() or (a.published_at or "")[:10] in skip:
            continue
        f = text_features(a.text, a.title, a.authors)
        if f["words"] < MIN_WORDS:
            continue  # (what the model never reads)
        X.append([f[k] for k in FEATURES])
        y.append(int(said))
        hosts.append(_host(a.url or ""))
    return X, y, hosts


def train(store, skip: set[str] = frozenset(), l2: float = 1.0) -> dict[str, float]:
    """The weights fit on a store's silver labels (``FEATURES`` order), or {} when it has none of both kinds."""
    X, y, _hosts = silver(store, set(skip))
    return _weights(X, y, l2)


def _weights(X: list[list[float]], y: list[int], l2: float) -> dict[str, float]:
    """The fit's weights by feature, or {} when the labels are not of both kinds."""
    from marsad.stories.train_pairs import fit

    if not y or sum(y) in (0, len(y)):
        return {}
    return {k: round(v, 4) for k, v in zip(FEATURES, fit(X, y, l2=l2))}


def _pr(scores: list[float], labels: list[int], threshold: float) -> tuple[float, float, int, int]:
    tp = sum(s >= threshold and y for s, y in zip(scores, labels))
    flagged = sum(s >= threshold for s in scores)
    pos = sum(labels)
    return tp / max(flagged, 1), tp / max(pos, 1), flagged, pos


def main(argv: list[str] | None = None) -> int:
    from marsad.store import open_store
    from marsad.stories.train_pairs import fit

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True, help="a store holding SaudiNewsNet")
    ap.add_argument("--skip", default=FROZEN_DAYS, help="days left out (comma-separated)")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--write", action="store_true", help=f"ship the weights ({WEIGHTS_PATH.name})")
    args = ap.parse_args(argv)
    store = open_store(args.db, readonly=True)
    X, y, hosts = silver(store, set(filter(None, args.skip.split(","))))
    store.close()
    weights = _weights(X, y, args.l2)
    if not weights:
        print("no silver labels: is SaudiNewsNet in the store?", file=sys.stderr)
        return 1
    print(f"{len(y)} pages of {len(set(hosts))} outlets with sections: {sum(y)} columns; "
          + ", ".join(f"{h} {n}" for h, n in Counter(hosts).most_common()))
    for held in sorted(set(hosts)):
        train = [i for i, h in enumerate(hosts) if h != held]
        w = fit([X[i] for i in train], [y[i] for i in train], l2=args.l2)
        test = [i for i, h in enumerate(hosts) if h == held]
        scores = [sum(a * b for a, b in zip(w, X[i])) for i in test]
        p, r, flagged, pos = _pr(scores, [y[i] for i in test], TEXT_THRESHOLD)
        print(f"  held out {held}: text alone at log-odds {TEXT_THRESHOLD:g}: P {p:.2f} R {r:.2f} "
              f"({flagged} flagged, {pos} columns)")
    print("weights: " + json.dumps(weights, ensure_ascii=False))
    if args.write:
        WEIGHTS_PATH.write_text(json.dumps(weights, indent=1) + "\n", encoding="utf-8")
        print(f"written to {WEIGHTS_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
