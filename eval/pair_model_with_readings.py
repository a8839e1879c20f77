"""The pair model retrained with readers' home-page marks added to the development pairs (an experiment).

    python eval/pair_model_with_readings.py EXAMPLES --work DIR --out DIR [--every 10 3] [--joins 0.5 0.55 ...]

``EXAMPLES``: the gate examples ``eval/fit_wording_gate.py`` keeps in its ``--work`` (a pickle of its training
readings): each read article against the identifying main-event members it was compared with — a stray's pairs
negatives, a main-event member's positives.  Every ``--every``-th of them is added to ``train_pairs``' development
pairs (so that they weigh less than the gold's), the model refitted, and for each join bar the development and
frozen stories scored (``stories_dev.json``; the join is chosen on the development part, as ``train_pairs`` does).
Each model is written to ``--out`` as ``train_pairs`` JSON, for ``home_pages_strays.py --model`` and
``home_pages_pairs.py --model`` on held-out pages.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("MARSAD_SHARED") or ROOT.parent / "shared")


def main(argv: list[str] | None = None) -> int:
    from fit_wording_gate import Example  # the pickled examples' class
    from marsad.store import open_store
    from marsad.stories.gold import load_gold, score
    from marsad.stories.grouping import GroupOptions
    from marsad.stories.pairs import FEATURES, PairModel, shipped_model
    from marsad.stories.train_pairs import features_from_store, fit, place, prepare, training_pairs

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("examples")
    parser.add_argument("--work", default=str(ROOT / ".work" / "stories"), help="the development store's folder")
    parser.add_argument("--out", required=True)
    parser.add_argument("--every", type=int, nargs="+", default=[10, 3])
    parser.add_argument("--joins", type=float, nargs="+", default=[0.5, 0.55, 0.6, 0.65, 0.7, 0.75])
    args = parser.parse_args(argv)
    gold = load_gold(SHARED / "gold" / "stories_dev.json")
    store = open_store(str(prepare(SHARED, Path(args.work))))
    items = features_from_store(store)
    store.close()
    X, y = training_pairs(items, gold, 6)
    Xr, yr = [], []
    examples: list[Example] = pickle.loads(Path(args.examples).read_bytes())
    for ex in examples:
        for p in ex.pairs:
            Xr.append(p)
            yr.append(0 if ex.stray else 1)
    print(f"{len(y)} development pairs ({sum(y)} positive); {len(yr)} reader pairs ({sum(yr)} positive)")
    dev, frozen = gold.part(False), gold.part(True)
    ship = shipped_model()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for every in args.every:
        w = fit(X + Xr[::every], y + yr[::every])
        for join in args.joins:
            model = PairModel(w, join, ship.top_k, ship.window_days)
            part = place(items, model, GroupOptions())
            d, f = score(dev, part), score(frozen, part)
            print(f"reader pairs 1/{every} ({len(yr[::every])}), join {join}: dev pairwise F1 {d.pairwise[2]:.3f} "
                  f"(in-sample) | frozen {f.pairwise[2]:.3f}")
            (out / f"model_every{every}_join{join}.json").write_text(json.dumps(
                {"features": list(FEATURES), "weights": w, "threshold": join, "top_k": model.top_k,
                 "window_days": model.window_days}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
