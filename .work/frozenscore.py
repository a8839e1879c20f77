"""Frozen F1 (scored once, at the end) of neural model files, alone and with the shipped perceptron partner (weight 1).
usage: devscore.py MODEL.zip ..."""
import sys
from pathlib import Path
from marsad.nlp.ner.conll import read_conll, split_blocks, shared_data_dir, score
from marsad.nlp.ner.model import MODEL_FILE, NerModel
from marsad.nlp.ner.neural import NeuralModel
from marsad.nlp.ner.tagger import NeuralTagger, Tagger
frozen = split_blocks(read_conll(shared_data_dir() / "anercorp" / "train.txt")).frozen
gold = [[t for _, t in s] for s in frozen]
words = [[w for w, _ in s] for s in frozen]
perc = Tagger(NerModel.load(MODEL_FILE))
for p in sys.argv[1:]:
    m = NeuralModel.load(Path(p))
    for w in (0.0, 1.0):
        sc = score(gold, NeuralTagger(m, perc if w else None, w).tag_many(words))
        per = "  ".join(f"{ty} {sc.prf(ty)[2]:.3f}" for ty in ("PERS", "LOC", "ORG", "MISC"))
        print(f"{Path(p).name} partner {w:g}: frozen F1 {sc.prf()[2]:.4f}  ({per})", flush=True)
