"""Per-article analysis of 2015-07-21 (batches of 64 in store order), workers run one after the other (no
contention between them): CPU of one process doing all, of two forked workers each doing alternate batches
from a cold parent, and of two workers forked after the parent analysed batch 0 (this branch's way).
usage: emulate.py MODE   (one | two-cold | two-warm)"""
import gc, os, sys, time
from marsad.store import open_store
from marsad.pipeline.registry import build_pipeline
from marsad.pipeline.runner import Analysis, Batch, _analyse_batch, work_items

DB = "/tmp/marsad_bench_pipeline/2015-07-21_all.db"
mode = sys.argv[1]
p = build_pipeline()
st = open_store(DB, readonly=True)
ids = [r if isinstance(r, str) else r[1] for r in st.pending_articles(p.versions)]
st.close()
batches = [ids[i:i + 64] for i in range(0, len(ids), 64)]
analysis = Analysis(p, {"entities": [], "redirects": {}, "learned_roles": []}, set(), None, settle=True)
gc.set_threshold(20_000, 10, 10)

def start(mine, analyser=None):
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        t = time.process_time()
        s = open_store(DB, readonly=True)
        a = analyser or analysis.build()
        for b in mine:
            _analyse_batch(a, Batch(b, "x", work_items(s, p, b, set())))
        os.write(w, f"{time.process_time() - t:.3f}".encode())
        os._exit(0)
    os.close(w)
    return r, pid

def finish(r, pid):
    out = float(os.read(r, 64).decode())
    os.waitpid(pid, 0)
    return out

def run(mine, analyser=None):
    return finish(*start(mine, analyser))

if mode == "one":
    cpu = [run(batches)]
elif mode == "two-cold-together":
    a, b = start(batches[0::2]), start(batches[1::2])
    cpu = [finish(*a), finish(*b)]
elif mode == "two-cold":
    cpu = [run(batches[0::2]), run(batches[1::2])]
else:
    t = time.process_time()
    s = open_store(DB, readonly=True)
    a = analysis.build()
    _analyse_batch(a, Batch(batches[0], "x", work_items(s, p, batches[0], set())))
    gc.collect(); gc.freeze()
    here = time.process_time() - t
    cpu = [here, run(batches[2::2], a), run(batches[1::2], a)]
print(mode, "CPU s:", " + ".join(f"{c:.2f}" for c in cpu), f"= {sum(cpu):.2f}", flush=True)
