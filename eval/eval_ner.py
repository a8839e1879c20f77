"""NER quality on the fixed ANERcorp dev split (every 10th sentence), CoNLL entity level.

    .venv/bin/python eval/eval_ner.py [--model PATH] [--floors eval/floors/ner.json]   (= make eval-ner)

Tags the dev sentences with the shipped model (trained on the other 90%),
prints precision/recall/F1 per type and overall, checks that the official
scorer (../shared/tools/score_ner.py) prints the same figures, and exits 1
when a figure is below its floor in eval/floors/ner.json (2 when ../shared is
missing).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from marsad.nlp.ner.conll import read_conll, score, split_dev, write_conll
from marsad.nlp.ner.tagger import load_tagger

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"
DATA = SHARED / "data" / "anercorp" / "train.txt"
SCORER = SHARED / "tools" / "score_ner.py"
FLOORS = ROOT / "eval" / "floors" / "ner.json"


def official(gold: list, pred: list[list[str]]) -> str | None:
    """Output of the official scorer on the same predictions (None when it is absent)."""
    if not SCORER.exists():
        return None
    with tempfile.TemporaryDirectory() as tmp:
        g, p = Path(tmp) / "gold.txt", Path(tmp) / "pred.txt"
        write_conll(gold, g)
        write_conll([list(zip([w for w, _ in s], tags)) for s, tags in zip(gold, pred)], p, sep="\t")
        out = subprocess.run([sys.executable, str(SCORER), str(g), str(p)], capture_output=True, text=True)
        return out.stdout.strip()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", type=Path, help="model file (default: the shipped model)")
    ap.add_argument("--data", type=Path, default=DATA, help="ANERcorp train file holding the dev split")
    ap.add_argument("--floors", type=Path, default=FLOORS)
    args = ap.parse_args(argv)
    if not args.data.exists():
        print(f"{args.data} not present (../shared holds the ANERcorp data)", file=sys.stderr)
        return 2
    _, dev = split_dev(read_conll(args.data))
    t0 = time.perf_counter()
    tagger = load_tagger(args.model) if args.model else load_tagger()
    t1 = time.perf_counter()
    pred = [tagger.tag([w for w, _ in s]) for s in dev]
    t2 = time.perf_counter()
    sc = score([[t for _, t in s] for s in dev], pred)
    ntok = sum(map(len, dev))
    print(f"ANERcorp dev split: {len(dev)} sentences, {ntok} tokens "
          f"(model load {t1 - t0:.2f} s, tagging {ntok / (t2 - t1):,.0f} tokens/s)")
    report = sc.report()
    print(report)
    off = official(dev, pred)
    if off is not None:
        agree = off == report
        print(f"official scorer agrees: {'yes' if agree else 'NO'}")
        if not agree:
            print(off)
            return 1
    floors = json.loads(args.floors.read_text(encoding="utf-8"))
    failed = []
    for key, floor in floors.items():
        value = sc.prf(None if key == "overall" else key)[2]
        if value < floor:
            failed.append(f"{key} F1 {value:.3f} < floor {floor:.3f}")
    for line in failed:
        print("BELOW FLOOR:", line)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
