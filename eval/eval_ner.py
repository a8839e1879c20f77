"""NER quality on the honest ANERcorp split (held-out blocks of whole stories), CoNLL entity level.

    .venv/bin/python eval/eval_ner.py [--model PATH] [--part dev|frozen|both] [--docs N|block|0]
                                      [--floors eval/floors/ner.json]
    (make eval-ner = --part both)

``anercorp/train.txt`` is cut into contiguous blocks of stories
(``marsad.nlp.ner.conll.split_blocks``): the shipped model is trained on the
train blocks only; ``dev`` blocks chose its features and hyper-parameters;
``frozen`` blocks are scored once per round, after the code stopped changing.
The file marks no story boundaries, so the tagger's document pass (``document.py``,
run per article in the pipeline) sees pseudo-articles: ``--docs N`` (default 20, about
SaudiNewsNet's mean article length in sentences) consecutive sentences of a block; ``--docs
block`` takes each block whole (a few stories), ``--docs 0`` tags each sentence alone.
Prints precision/recall/F1 per type and overall for each part, checks that
the official scorer (../shared/tools/score_ner.py) prints the same figures,
and exits 1 when a figure is below its floor in eval/floors/ner.json
(2 when ../shared is missing).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from marsad.nlp.ner.conll import (DEV_BLOCKS, FROZEN_BLOCKS, Score, Sentence, block_of, read_conll, score,
                                  split_blocks, write_conll)
from marsad.nlp.ner.tagger import load_tagger

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"
DATA = SHARED / "data" / "anercorp" / "train.txt"
SCORER = SHARED / "tools" / "score_ner.py"
FLOORS = ROOT / "eval" / "floors" / "ner.json"
DOCS_SAID = {"0": "each sentence alone", "block": "whole blocks"}


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


def documents(blocks: list[int], docs: str) -> list[list[int]]:
    """Sentence indices of each pseudo-article (``--docs``) of a part whose sentences lie in ``blocks``."""
    if docs == "0":
        return [[i] for i in range(len(blocks))]
    out: list[list[int]] = []
    for i, b in enumerate(blocks):
        if i and b == blocks[i - 1] and (docs == "block" or len(out[-1]) < int(docs)):
            out[-1].append(i)
        else:
            out.append([i])
    return out


def evaluate(name: str, sents: list[Sentence], tagger, floors: dict[str, float],
             docs: list[list[int]] | None = None) -> tuple[Score, list[str]]:
    """Tag ``sents`` (as the documents ``docs`` of sentence indices; each alone when None), print the report
    (and the official scorer's agreement); return the score and failures."""
    t0 = time.perf_counter()
    words = [[w for w, _ in s] for s in sents]
    if docs is None:
        pred = tagger.tag_many(words)
    else:
        pred = [[] for _ in sents]
        for doc, tags in zip(docs, tagger.tag_documents([[words[i] for i in doc] for doc in docs])):
            for i, t in zip(doc, tags):
                pred[i] = t
    dt = time.perf_counter() - t0
    sc = score([[t for _, t in s] for s in sents], pred)
    ntok = sum(map(len, sents))
    print(f"== {name}: {len(sents)} sentences, {ntok} tokens (tagging {ntok / dt:,.0f} tokens/s)")
    report = sc.report()
    print(report)
    failed = []
    off = official(sents, pred)
    if off is not None:
        agree = off == report
        print(f"official scorer agrees: {'yes' if agree else 'NO'}")
        if not agree:
            print(off)
            failed.append(f"{name}: official scorer disagrees")
    for key, floor in floors.items():
        value = sc.prf(None if key == "overall" else key)[2]
        if value < floor:
            failed.append(f"{name} {key} F1 {value:.3f} < floor {floor:.3f}")
    return sc, failed


def choose_weight(dev: list[Sentence], weights: list[float]) -> int:
    """Dev F1 (overall and per type) of the BiLSTM-CRF + perceptron sum for each weight; never the frozen part."""
    from marsad.nlp.ner.model import MODEL_FILE, NerModel
    from marsad.nlp.ner.neural import NEURAL_FILE, NeuralModel
    from marsad.nlp.ner.tagger import NeuralTagger, Tagger

    neural, perceptron = NeuralModel.load(NEURAL_FILE), Tagger(NerModel.load(MODEL_FILE))
    gold = [[t for _, t in s] for s in dev]
    for w in weights:
        sc = score(gold, NeuralTagger(neural, perceptron, w).tag_many([[t for t, _ in s] for s in dev]))
        per = "  ".join(f"{ty} {sc.prf(ty)[2]:.3f}" for ty in ("PERS", "LOC", "ORG", "MISC"))
        print(f"partner weight {w:g}: dev F1 {sc.prf()[2]:.4f}  ({per})")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", type=Path, help="model file (default: the shipped model)")
    ap.add_argument("--profile", help="tagger profile (default: the shipped default)")
    ap.add_argument("--data", type=Path, default=DATA, help="ANERcorp train file holding the held-out blocks")
    ap.add_argument("--part", choices=("dev", "frozen", "both"), default="both")
    ap.add_argument("--floors", type=Path, default=FLOORS)
    ap.add_argument("--docs", default="20", help="documents for the document pass: N consecutive sentences of a "
                    "block (default 20), 'block', or 0 (each sentence alone)")
    ap.add_argument("--partner-weights", help="dev only: F1 of the accurate profile for each perceptron weight "
                    "(comma-separated), to choose tagger.PARTNER_WEIGHT")
    args = ap.parse_args(argv)
    if not args.data.exists():
        print(f"{args.data} not present (../shared holds the ANERcorp data)", file=sys.stderr)
        return 2
    if not (args.docs == "block" or args.docs.isdigit()):
        ap.error("--docs: a number of sentences, 'block' or 0")
    all_sents = read_conll(args.data)
    split = split_blocks(all_sents)
    blocks = block_of(all_sents)
    part_blocks = {"dev": [b for b in blocks if b in DEV_BLOCKS], "frozen": [b for b in blocks if b in FROZEN_BLOCKS]}
    if args.partner_weights:
        return choose_weight(split.dev, [float(w) for w in args.partner_weights.split(",")])
    t0 = time.perf_counter()
    kw = {"profile": args.profile} if args.profile else {}
    tagger = load_tagger(args.model, **kw) if args.model else load_tagger(**kw)
    print(f"model load {time.perf_counter() - t0:.2f} s ({tagger.describe()}); "
          f"train {len(split.train)} sentences, dev {len(split.dev)}, frozen {len(split.frozen)}; "
          f"documents: {DOCS_SAID.get(args.docs, args.docs + ' consecutive sentences of a block')}")
    floors = json.loads(args.floors.read_text(encoding="utf-8"))
    failed: list[str] = []
    for part in ("dev", "frozen"):
        if args.part in (part, "both"):
            docs = None if args.docs == "0" else documents(part_blocks[part], args.docs)
            failed += evaluate(part, getattr(split, part), tagger, floors.get(part, {}), docs)[1]
    for line in failed:
        print("BELOW FLOOR:", line)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
