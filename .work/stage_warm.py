"""CPU of one per-article stage over the 400 articles: a cold pass (fresh process) and warm passes (the
per-word caches filled), inputs read from an analysed store (NER's mentions from the harness's pickle).

usage: PYTHONPATH=<src> python .work/stage_warm.py STAGE [--prof OUT] [--passes N]
"""
import argparse, copy, pickle, sys, time
from pathlib import Path
ap = argparse.ArgumentParser()
ap.add_argument("stage")
ap.add_argument("--db", default=".work/nosteps400.db")
ap.add_argument("--prof")
ap.add_argument("--passes", type=int, default=3)
ap.add_argument("--cold", action="store_true", help="profile the first pass")
a = ap.parse_args()
import marsad
from marsad.models import Doc
from marsad.pipeline.registry import build_pipeline
from marsad.pipeline.stage import Resources
pl = build_pipeline()
k = pl.index(a.stage)
stage = pl.stages[k]
earlier = [s.name for s in pl.stages[:k]]
with marsad.open(a.db, readonly=True) as m:
    arts = list(m.iter_articles())
    kept = {}
    for x in arts:
        layers = {}
        for sp in m.store.spans(x.id, stages=[n for n in earlier if n != "ner"], as_stored=True):
            layers.setdefault(sp.kind, []).append(sp)
        kept[x.id] = layers
if a.stage == "link":
    tagged = pickle.load(open(Path(a.db).with_suffix(".ner.pkl"), "rb"))
    for x in arts:
        kept[x.id]["mention"] = tagged[x.id]
res = Resources({})
def one_pass():
    docs = [Doc(x, copy.deepcopy(kept[x.id])) for x in arts]
    t0 = time.process_time()
    for d in docs:
        stage.func(d, res)
    return time.process_time() - t0
# resources (models, KB) loaded before timing: one article first
stage.func(Doc(arts[0], copy.deepcopy(kept[arts[0].id])), res)
prof = None
for p in range(a.passes):
    if a.prof and p == (0 if a.cold else a.passes - 1):
        import cProfile
        prof = cProfile.Profile(); prof.enable()
    t = one_pass()
    if prof:
        prof.disable(); prof.dump_stats(a.prof)
    print(f"{a.stage} pass {p}: {1000 * t / len(arts):.3f} ms/article" + (" (profiled)" if prof else ""))
