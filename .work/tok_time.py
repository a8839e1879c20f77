"""Per-article time of the three whole-text tokenizers outside NER (gazetteer, events), and token counts.
usage: PYTHONPATH=<src> python .work/tok_time.py"""
import sqlite3, time, sys
con = sqlite3.connect("/tmp/marsad_bench_pipeline/2015-07-21_400.db")
texts = [r[0] for r in con.execute("select text from articles")]
from marsad.nlp import gazetteer as G
from marsad.nlp.events import analysis as A
from marsad.nlp.events import lexicon as L
L.fold_in_place("x")
for name, f in (("gazetteer", G._tokenize), ("events", A._tokenize)):
    f(texts[0])
    best = 1e9
    for rep in range(3):
        t0 = time.process_time()
        n = 0
        for t in texts:
            n += len(f(t))
        best = min(best, time.process_time() - t0)
    print(f"{name:10} {1000*best/len(texts):.3f} ms/article  {n/len(texts):.0f} tokens/article")
