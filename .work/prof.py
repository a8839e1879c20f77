"""cProfile of marsad process over the bench template (300 articles), stats dumped to argv[1]."""
import cProfile, shutil, sys, tempfile
from pathlib import Path
import marsad
from marsad.pipeline.runner import ProcessOptions, process
src = Path(tempfile.gettempdir()) / "marsad_bench_pipeline" / (sys.argv[2] if len(sys.argv) > 2 else "2015-07-21_300.db")
work = Path(tempfile.mkdtemp(prefix="speed7prof_")) / "run.db"
shutil.copy(src, work)
with marsad.open(str(work)) as m:
    p = cProfile.Profile()
    p.enable()
    process(m.store, ProcessOptions(workers=1, show_progress=False))
    p.disable()
p.dump_stats(sys.argv[1])
shutil.rmtree(work.parent)
