"""The full day processed with the neural NER table cap at argv[1] word types; prints CPU and compares with argv[2]."""
import shutil, sys, tempfile, time
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import marsad
from marsad.nlp.ner.neural import NeuralScorer
from marsad.pipeline.runner import ProcessOptions, process
NeuralScorer.__init__.__defaults__ = (int(sys.argv[1]),)
from bench_pipeline import compare
src = Path(tempfile.gettempdir()) / "marsad_bench_pipeline" / "2015-07-21_all.db"
work = Path(tempfile.mkdtemp(prefix="speed7cap_")) / "run.db"
shutil.copy(src, work)
with marsad.open(str(work)) as m:
    t0 = time.process_time()
    process(m.store, ProcessOptions(workers=1, show_progress=False))
    print(f"cap {sys.argv[1]}: CPU {time.process_time() - t0:.1f} s")
print(compare(sys.argv[2], str(work)))
shutil.rmtree(work.parent)
