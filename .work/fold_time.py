"""CPU of the whole-text folds over the 300 bench articles: fold_for_search, normalize, events fold_in_place."""
import importlib, time, tempfile
from pathlib import Path
import marsad
N = importlib.import_module("marsad.arabic.normalize")
from marsad.nlp.events import lexicon as EL
db = Path(tempfile.gettempdir()) / "marsad_bench_pipeline" / "2015-07-21_300.db"
with marsad.open(str(db), readonly=True) as m:
    texts = [a.text for a in m.iter_articles()]
for name, f in [("fold_for_search", N.fold_for_search), ("normalize", N.normalize), ("fold_in_place", EL.fold_in_place)]:
    f(texts[0])
    t0 = time.process_time()
    for x in texts: f(x)
    print(f"{name:16s} {1000*(time.process_time()-t0)/len(texts):.3f} ms/article")
