"""Train one candidate on the honest split (dev only) and print its neural dev F1.
usage: run.py OUT SEED [key=value ...]  (NeuralTrainOptions fields)"""
import sys, time, json
from pathlib import Path
from marsad.nlp.ner.train_neural import NeuralTrainOptions, train_neural
out, seed = Path(sys.argv[1]), int(sys.argv[2])
kw = {}
for a in sys.argv[3:]:
    k, v = a.split("=", 1)
    kw[k] = json.loads(v)
opts = NeuralTrainOptions(out=out, seed=seed, verbose=True, **kw)
r = train_neural(opts)
print(f"RESULT {out.name} seed {seed} {kw}: dev F1 {r.dev_f1:.4f} epoch {r.best_epoch} curve {[round(f,4) for f in r.epoch_f1]} {r.seconds:.0f}s {r.size_bytes/1e6:.1f}MB", flush=True)
