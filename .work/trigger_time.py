"""CPU of office_words.trigger over every token of the 300 bench articles (as extract_changes asks it)."""
import time, tempfile
from pathlib import Path
import marsad
from marsad.nlp.gazetteer import tokenize
from marsad.nlp.office_words import trigger
db = Path(tempfile.gettempdir()) / "marsad_bench_pipeline" / "2015-07-21_300.db"
with marsad.open(str(db), readonly=True) as m:
    docs = [tokenize(a.text) for a in m.iter_articles()]
for rep in range(2):
    t0 = time.process_time()
    found = [trigger(toks, k) for toks in docs for k in range(len(toks))]
    d = time.process_time() - t0
print(f"trigger: {1000*d/len(docs):.3f} ms/article (second pass), {sum(f is not None for f in found)} triggers of {len(found)} tokens")
