"""Run bench_pipeline with every analysis batch profiled (cProfile per pid) and every pool task's CPU logged.
usage: prof_workers.py OUTDIR [bench args...]"""
import os, sys, time, runpy, cProfile
out = sys.argv[1]; os.makedirs(out, exist_ok=True)
sys.argv = ["bench_pipeline.py", *sys.argv[2:]]
import marsad.executor as ex
import marsad.pipeline.runner as runner
profs = {}
orig_batch = runner._analyse_batch
def _analyse_batch(analyser, batch):
    pid = os.getpid()
    p = profs.get(pid)
    if p is None:
        p = profs[pid] = cProfile.Profile()
    t0 = time.process_time()
    p.enable()
    try:
        return orig_batch(analyser, batch)
    finally:
        p.disable()
        with open(f"{out}/{pid}.batches", "a") as f:
            f.write(f"{len(batch.ids)}\t{time.process_time() - t0:.4f}\n")
        p.dump_stats(f"{out}/{pid}.prof")
_analyse_batch.__qualname__ = _analyse_batch.__name__ = "_analyse_batch"
_analyse_batch.__module__ = runner.__name__
runner._analyse_batch = _analyse_batch
orig_call = ex._call
def _call(func, recipe, item):
    t0 = time.process_time()
    try:
        return orig_call(func, recipe, item)
    finally:
        with open(f"{out}/{os.getpid()}.tasks", "a") as f:
            f.write(f"{getattr(func, '__module__', '')}.{getattr(func, '__name__', func)}\t{time.process_time() - t0:.4f}\n")
ex._call = _call
runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "benchmarks", "bench_pipeline.py"), run_name="__main__")
