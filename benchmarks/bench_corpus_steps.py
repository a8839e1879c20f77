"""The corpus steps alone: CPU time of each over a day whose articles are analysed already (speed48).

    python benchmarks/bench_pipeline.py --no-steps --keep           # once: prints the kept database DB
    python benchmarks/bench_corpus_steps.py DB                      # each step's CPU seconds (DB is copied)
    python benchmarks/bench_corpus_steps.py DB --cprofile 40        # also the 40 functions with the most own time

What ``marsad process`` does after the per-article stages of a day (knowledge base, merges of people and the
articles analysed again for them, office changes, copies, stories, story views, and the second round when a step
marks articles for analysis again), on a copy of a database analysed with ``bench_pipeline.py --no-steps``: a
run of some 40-50 s CPU instead of the whole day's 130 (on a loaded machine), so that a change to a step is
measured several times on a shared machine — one process a run: a second run in the same process would find
the caches the first filled.  The models of the per-article stages are not loaded before the steps here (the
second round loads those it needs), and the caches those stages fill are cold: a step's share of a whole run is
read from ``bench_pipeline.py``, a change's effect on a step from here.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # benchmarks/common.py, from any working directory
from common import top_functions  # noqa: E402


def run_once(db: str, prof: cProfile.Profile | None = None) -> tuple[float, dict[str, float], list[str]]:
    """(total CPU seconds, CPU seconds by step, the run's summary lines) of the corpus steps on a copy of ``db``."""
    import marsad
    from marsad.pipeline import runner
    from marsad.pipeline.registry import corpus_steps, step_label
    from marsad.pipeline.runner import ProcessOptions, process

    work = Path(tempfile.mkdtemp(prefix="marsad_bench_steps_")) / "run.db"
    shutil.copy(db, work)
    cpu: dict[str, float] = {}
    steps = corpus_steps()

    def timed(step):
        def wrapper(*args, **kwargs):
            t0 = time.process_time()
            try:
                return step(*args, **kwargs)
            finally:
                label = step_label(step)
                cpu[label] = cpu.get(label, 0.0) + time.process_time() - t0

        wrapper.__name__ = step.__name__
        for attr in ("shows_progress", "relinks", "touches_entities"):
            if hasattr(step, attr):
                setattr(wrapper, attr, getattr(step, attr))
        return wrapper

    saved = runner.corpus_steps
    runner.corpus_steps = lambda: [timed(s) for s in steps]
    try:
        with marsad.open(str(work)) as m:
            t0 = time.process_time()
            if prof:
                prof.enable()
            report = process(m.store, ProcessOptions(show_progress=False))
            if prof:
                prof.disable()
            total = time.process_time() - t0
    finally:
        runner.corpus_steps = saved
        shutil.rmtree(work.parent, ignore_errors=True)
    return total, cpu, report.steps


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("db", help="a database analysed by bench_pipeline.py --no-steps --keep")
    ap.add_argument("--cprofile", type=int, default=0, metavar="N", help="also print the N top functions (own time)")
    args = ap.parse_args()
    if not Path(args.db).exists():
        print(f"no database {args.db}")
        return 1
    prof = cProfile.Profile() if args.cprofile else None
    load = os.getloadavg()[0]
    total, cpu, summary = run_once(args.db, prof)
    print(f"corpus steps: {total:.2f} s CPU (load average {load:.1f} before, {os.getloadavg()[0]:.1f} after)")
    for k, v in sorted(cpu.items(), key=lambda kv: -kv[1]):
        print(f"  {k:<40} {v:7.2f} s  {100 * v / total:5.1f}%")
    print("  " + "; ".join(summary))
    if prof:
        print(top_functions(prof, args.cprofile))
    return 0


if __name__ == "__main__":
    sys.exit(main())
