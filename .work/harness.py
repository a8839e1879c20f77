"""tag_many over the captured 64-article calls of the full day; emission scores recorded per sentence.
usage: harness.py save|check [n_calls]"""
import sys, pickle, time
import numpy as np
import marsad.nlp.ner.neural as nn, marsad.nlp.ner.tagger as tg
mode = sys.argv[1]; nc = int(sys.argv[2]) if len(sys.argv) > 2 else 10**9
calls = pickle.load(open(".work/calls.pkl", "rb"))[:nc]
T = {}; NE = {}; PE = {}
def rec(cls, name, store):
    f = getattr(cls, name)
    def w(self, sents):
        c = time.process_time(); r = f(self, sents); T[name] = T.get(name, 0) + time.process_time() - c
        for s, e in zip(sents, r): store.setdefault(tuple(s), []).append(e.copy())
        return r
    setattr(cls, name, w)
rec(nn.NeuralScorer, "scores", NE); rec(tg.Tagger, "scores_many", PE)
t = tg.load_tagger()
paths = []
c = time.process_time()
for b in calls:
    paths += t.tag_many(b)
tot = time.process_time() - c
print("  ".join(f"{k} {v:.2f} s" for k, v in T.items()), f" tag_many total {tot:.2f} s")
if mode == "save":
    pickle.dump((NE, PE, paths), open(__import__("os").environ.get("REF", ".work/ref_scores.pkl"), "wb"))
else:
    rn, rp, rpa = pickle.load(open(__import__("os").environ.get("REF", ".work/ref_scores.pkl"), "rb"))
    def diff(a, b):
        return sum(1 for k in b for x, y in zip(a[k], b[k]) if not np.array_equal(x, y)), \
               max(float(np.abs(x - y).max()) for k in b for x, y in zip(a[k], b[k]))
    print("sentences", len(paths), "neural differ (n, max abs):", diff(rn, NE), "perceptron:", diff(rp, PE),
          "tag paths differ:", sum(a != b for a, b in zip(rpa, paths)))
