import time, tempfile
from pathlib import Path
import marsad
from marsad.nlp.ner.neural import NeuralModel, NeuralScorer
from marsad.nlp.ner.lexicon import tokenize
db = Path(tempfile.gettempdir()) / "marsad_bench_pipeline" / "2015-07-21_300.db"
with marsad.open(str(db), readonly=True) as m:
    texts = [a.text for a in m.iter_articles()]
words = list(dict.fromkeys(t.text for x in texts for t in tokenize(x)))
print(len(words), "types in 300 articles")
sc = NeuralScorer(NeuralModel.load())
t0 = time.process_time(); feats = [sc.fz.parts(w) for w in words]; t1 = time.process_time()
sc._project(words[:20000]); t2 = time.process_time()
print(f"parts {1e6*(t1-t0)/len(words):.1f} us/word; _project {1e6*(t2-t1)/min(20000,len(words)):.1f} us/word")
import numpy as np
w = words[:20000]
feats = [sc.fz.parts(x) for x in w]
t0 = time.process_time(); shared = sc._shared_input(feats); t1 = time.process_time()
m = sc.members[0]
pooled = m.pooled(feats); t2 = time.process_time()
x = sc._member_input(feats, shared, m); t3 = time.process_time()
y = x @ m.w_in + m.b_in; t4 = time.process_time()
n = len(w)
print(f"shared {1e6*(t1-t0)/n:.1f}  pooled {1e6*(t2-t1)/n:.1f}  member_input {1e6*(t3-t2)/n:.1f}  matmul {1e6*(t4-t3)/n:.1f} us/word", x.shape, x.dtype, m.w_in.dtype)
