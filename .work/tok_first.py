"""First pass (cold caches, as a worker sees a new day) and warm passes of the whole-text tokenizers."""
import sqlite3, time, sys
con = sqlite3.connect("/tmp/marsad_bench_pipeline/2015-07-21_400.db")
texts = [r[0] for r in con.execute("select text from articles")]
from marsad.nlp import gazetteer as G
from marsad.nlp.events import analysis as A
from marsad.nlp.events import lexicon as L
L.fold_in_place("x" * 300); G._tokenize("x")
which = sys.argv[1]
f = {"gaz": G._tokenize, "ev": A._tokenize}[which]
for rep in range(3):
    t0 = time.process_time()
    for t in texts: f(t)
    print(which, rep, f"{1000*(time.process_time() - t0)/len(texts):.3f} ms/article")
