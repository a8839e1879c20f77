"""CPU per stage without NER: re-run the stages after NER (link .. offices) on a copy of an analysed store, or
only the corpus steps on a copy of a store analysed without them.

usage: PYTHONPATH=<src> python .work/harness.py stages|steps DB [--prof OUT]
  stages: DB analysed (any); `process --redo link` without corpus steps, each stage's CPU time
  steps:  DB analysed by `bench_pipeline.py --no-steps --keep`; `process` runs only the corpus steps
"""
import argparse, os, shutil, sys, tempfile, time
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import bench_pipeline as B

ap = argparse.ArgumentParser()
ap.add_argument("mode", choices=["stages", "steps"])
ap.add_argument("db")
ap.add_argument("--prof")
ap.add_argument("--keep", action="store_true")
a = ap.parse_args()
import marsad
from marsad.pipeline.runner import ProcessOptions, process
work = Path(tempfile.mkdtemp(prefix="speed10_h_")) / "run.db"
shutil.copy(a.db, work)
clock = B.Clock()
pipeline = B.instrument(clock)
if a.mode == "stages":
    # NER's output is not stored (link owns the mention layer): tag once, keep it in a pickle, replay it
    import copy, dataclasses, pickle
    from marsad.pipeline.registry import build_pipeline
    cache = Path(a.db).with_suffix(".ner.pkl")
    if not cache.exists():
        from marsad.nlp.ner.tagger import NER
        from marsad.models import Doc
        from marsad.arabic.stages import SENTENCES
        from marsad.nlp.timex import TIMEX
        from marsad.pipeline.stage import Resources
        res = Resources({})
        got = {}
        with marsad.open(a.db, readonly=True) as m0:
            docs = [Doc(x, {}) for x in m0.iter_articles()]
        for d in docs:
            SENTENCES.func(d, res); TIMEX.func(d, res)
        for k in range(0, len(docs), 64):
            NER.batch(docs[k:k + 64], res)
        got = {d.article.id: d.layers.get("mention", []) for d in docs}
        pickle.dump(got, open(cache, "wb"))
    tagged = pickle.load(open(cache, "rb"))
    def replay(doc, res):
        doc.layers["mention"] = copy.deepcopy(tagged[doc.article.id])
    pipeline = build_pipeline([dataclasses.replace(s, func=clock.wrap("ner (replayed)", replay), batch=None)
                               if s.name == "ner" else s for s in pipeline.stages])
opts = ProcessOptions(workers=1, show_progress=False, corpus_steps=(a.mode == "steps"),
                      redo=["link"] if a.mode == "stages" else [])
prof = None
if a.prof:
    import cProfile
    prof = cProfile.Profile()
with marsad.open(str(work)) as m:
    c0 = time.process_time()
    if prof: prof.enable()
    rep = process(m.store, opts, pipeline=pipeline)
    if prof: prof.disable()
    cpu = time.process_time() - c0
if prof: prof.dump_stats(a.prof)
print(f"{a.mode}: {rep.articles} articles, CPU {cpu:.2f} s, load {os.getloadavg()[0]:.1f}; " + "; ".join(rep.steps))
for name, t in sorted(clock.cpu.items(), key=lambda kv: -kv[1]):
    print(f"  {name:<34} {t:7.2f} s  {1000 * t / max(rep.articles, 1):6.2f} ms/article")
if a.keep:
    print("kept", work)
else:
    shutil.rmtree(work.parent)
