"""Time the whole-article tokenizers over the 300 bench articles (no profiler)."""
import sys, time, tempfile
from pathlib import Path
import marsad
db = Path(tempfile.gettempdir()) / "marsad_bench_pipeline" / "2015-07-21_300.db"
with marsad.open(str(db), readonly=True) as m:
    texts = [a.text for a in m.iter_articles()]
print(len(texts), sum(map(len, texts)))
from marsad.nlp import gazetteer as G
from marsad.nlp.events import analysis as A
from marsad.nlp.ner import lexicon as NL
import importlib; T = importlib.import_module("marsad.arabic.tokenize")
for name, f in [("gaz", G._tokenize), ("events", A._tokenize), ("ner", NL.tokenize), ("arabic", T.tokenize)]:
    for rep in range(2):
        t = time.process_time()
        for x in texts: f(x)
        d = time.process_time() - t
    print(f"{name:8s} {1000*d/len(texts):.2f} ms/article")
