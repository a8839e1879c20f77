"""Rebuild the learned treaty-step reader the ``treaty_steps`` stage ships (issue 15), and its leave-one-writer-out
twins.

The model is :mod:`eval.treaty_step_learning`'s flat one (a logistic regression per step kind over the sentences that
name an agreement; its docstring tells the design and how it was measured), fitted with scikit-learn on the gold sets
of eval/data and written as plain weights (gzipped JSON) that :class:`marsad.nlp.events.step_reader.StepReader`
scores with numpy alone.  The shipped file, ``src/marsad/nlp/events/data/treaty_step_reader.json.gz``, learns from
every treaty set except those in :data:`HELD_OUT` (the round's held-out set: never trained on, never read here).

``--loo DIR`` also writes ``DIR/without_<set>.json.gz`` for each set: the model trained on every other set (and
still none of HELD_OUT), so that ``MARSAD_TREATY_STEP_MODEL=DIR/without_S.json.gz python eval/eval_treaties.py
--part S`` scores set S with a reader that never saw it (its writer's reports, gold or wording).

Run (needs scikit-learn: ``pip install -e .[train]``, or /work/tvenv/bin/python)::

    # the stores the sets' sentences are read from: one per set, as eval_treaties keeps them
    for p in dev dev2 test30 ...; do python eval/eval_treaties.py --part $p --no-floors --keep STORES/store_$p; done
    python eval/train_treaty_steps.py --stores STORES [--loo DIR]

(``make train-treaty-steps`` does both steps for the shipped file.)
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))
from eval_treaties import PARTS  # noqa: E402
from treaty_step_learning import SETS, Model, load_set  # noqa: E402

from marsad.nlp.events.treaty_steps import STEP_KINDS  # noqa: E402

# Sets no shipped model learns from: the round's held-out set, scored by the lead alone.
HELD_OUT = ("test61",)
TRAIN_SETS = tuple(p for p in PARTS if p not in HELD_OUT)
OUT = HERE.parent / "src" / "marsad" / "nlp" / "events" / "data" / "treaty_step_reader.json.gz"


def write_model(model: Model, names: list[str], c: float, path: Path) -> None:
    """The fitted model's weights for :class:`StepReader` (gzipped when the name ends in .gz)."""
    kinds = [k for k in STEP_KINDS if model.clf[k] is not None]
    obj = {"kinds": kinds, "trained_on": names, "c": c,
           "features": model.dv.get_feature_names_out().tolist(),
           "grams": model.tv.get_feature_names_out().tolist(),
           "idf": [round(float(v), 5) for v in model.tv.idf_],
           "coef": [[round(float(v), 5) for v in model.clf[k].coef_[0]] for k in kinds],
           "bias": [round(float(model.clf[k].intercept_[0]), 5) for k in kinds]}
    raw = json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(gzip.compress(raw, mtime=0) if path.suffix == ".gz" else raw)


def check(path: Path, model: Model, sents: list[dict[str, Any]]) -> float:
    """The largest gap between the numpy reader of ``path`` and scikit-learn's probabilities on ``sents``."""
    from marsad.nlp.events.step_reader import StepReader

    reader = StepReader.load(path)
    cands = [s for s in sents if s["cand"]]
    ref = model.proba(cands)
    return max((abs(reader.score(s["text"], s["follows"])[k] - r[k]) for s, r in zip(cands, ref)
                for k in reader.kinds), default=0.0)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--stores", type=Path, required=True, help="folder with store_<set>/treaties.db for every set")
    ap.add_argument("--sets", default=",".join(TRAIN_SETS), help="the sets learned from (default every set but "
                    + ", ".join(HELD_OUT) + ")")
    ap.add_argument("--out", type=Path, default=OUT, help=f"the shipped model (default {OUT.relative_to(HERE.parent)})")
    ap.add_argument("--loo", type=Path, help="also write DIR/without_<set>.json.gz for each set")
    ap.add_argument("--only-loo", action="store_true", help="write the leave-one-out models only")
    ap.add_argument("--c", type=float, default=1.0)
    args = ap.parse_args(argv)
    names = [n for n in args.sets.split(",") if n]
    if set(names) & set(HELD_OUT):
        raise SystemExit(f"{', '.join(sorted(set(names) & set(HELD_OUT)))} is held out: no model learns from it")
    data = {}
    for name in names:
        d, g = SETS[name]
        data[name], _stats = load_set(name, d, g, args.stores / f"store_{name}" / "treaties.db")
    print(f"read {len(names)} sets: {sum(len(v) for v in data.values())} sentences", flush=True)
    if not args.only_loo:
        t0 = time.time()
        model = Model(args.c).fit([s for n in names for s in data[n]])
        write_model(model, names, args.c, args.out)
        gap = check(args.out, model, [s for n in names[:3] for s in data[n]])
        print(f"wrote {args.out} ({args.out.stat().st_size} bytes, {time.time() - t0:.0f} s); numpy reader vs "
              f"scikit-learn on three sets: max |dp| {gap:.1e}", flush=True)
        if gap > 1e-3:
            raise SystemExit("the numpy reader does not reproduce the fitted model")
    if args.loo:
        for held in names:
            train = [n for n in names if n != held]
            model = Model(args.c).fit([s for n in train for s in data[n]])
            write_model(model, train, args.c, args.loo / f"without_{held}.json.gz")
            print(f"wrote {args.loo / f'without_{held}.json.gz'}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
