"""The whole pipeline over one SaudiNewsNet day: articles/s per core (CPU time), where the time goes, peak memory.

    python benchmarks/bench_pipeline.py                    # 2015-07-21 (2,888 articles), one worker
    python benchmarks/bench_pipeline.py --limit 300        # a quick run on the first 300 articles
    python benchmarks/bench_pipeline.py --workers 2        # two local worker processes (--dask: a LocalCluster)
    python benchmarks/bench_pipeline.py --ner-profile fast # the perceptron instead of the BiLSTM-CRF
    python benchmarks/bench_pipeline.py --cprofile 30      # also the 30 functions with the most own time
    python benchmarks/bench_pipeline.py --limit 300 --keep # keep the result: DB1
    python benchmarks/bench_pipeline.py --limit 300 --compare DB1  # after a change: same analysis as DB1?
    python benchmarks/bench_pipeline.py --workers 2 --serial  # also the serial part: what the workers wait for

What ``marsad process`` does after an ingest, into a fresh SQLite file: every per-article stage, the
writes, then the corpus steps (knowledge base, merges, syndication, stories, story views).  The day is
ingested once into a template database (cached under the system temp directory; not timed) and each
run processes a copy of it.

The machine this runs on is usually shared, so the headline figure is computed from CPU time —
``time.process_time`` of this process plus the CPU time of its worker processes — not from wall
time (printed too, with the load average, and the CPU time other processes used meanwhile: the run's own CPU time
grows with it, by some 20% for two workers beside 75% busy cores, so two runs compare at similar figures only).
Beside peak memory, each process's share at the proportional peak: what is its own (private: caches, heap, what it
wrote of what it inherited) and what it shares (the models loaded before the workers fork).  With one worker,
each stage's function, the reads and writes of the runner and each corpus step are timed apart (CPU time) and shown
as shares of the total: that breakdown is the profile.  Peak memory is the largest resident size of this process plus
its workers, sampled every 0.2 s.

``--cprofile`` costs about as much as the run itself, charged per call: it ranks small, often-called
functions (a character map called 386k times) far above their share.  Inside a stage, a sampling
profiler ranks them right (``py-spy record -r 200 -f raw -- python benchmarks/bench_pipeline.py``).
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import resource
import shutil
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # benchmarks/common.py, from any working directory
from common import DATA, have_data, top_functions  # noqa: E402

CACHE = Path(tempfile.gettempdir()) / "marsad_bench_pipeline"


class Tree(threading.Thread):
    """Peak resident memory of this process plus its children, and the last CPU time seen of each child."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        import psutil

        self.me = psutil.Process()
        self.peak = 0.0
        self.peak_pss = 0.0  # proportional set size: a page shared by n processes (copy-on-write) counts 1/n each
        self.at_peak: list[tuple[int, dict[str, int]]] = []  # each process's smaps_rollup (kB) when that peaked
        self.ticks = 0
        self.child_cpu: dict[int, float] = {}
        self.kids: list = []
        self.running = True
        self.cpu = 0.0  # this thread's own CPU time: the benchmark's, not the run's

    def sample(self) -> None:
        try:
            total = self.me.memory_info().rss
            # Listing the children walks all of /proc (2.4 ms), and the proportional size walks each process's page
            # tables (some 27 ms for three processes of a run): CPU of this process beside the workers, so the first
            # once a second and the second every 5 s (they cost 4 of 14 s beside two workers when read 5 times and
            # once a second).
            if self.ticks % 5 == 0:
                self.kids = self.me.children(recursive=True)
            for c in self.kids:
                try:
                    total += c.memory_info().rss
                    t = c.cpu_times()
                    self.child_cpu[c.pid] = t.user + t.system
                except Exception:  # a worker exiting between listing and reading
                    pass
            self.peak = max(self.peak, total / 1e6)
            self.ticks += 1
            if self.ticks % 25 == 1:
                rolls = [(p.pid, _rollup(p.pid)) for p in [self.me, *self.kids]]
                pss = sum(r.get("Pss", 0) for _pid, r in rolls) * 1024
                if pss / 1e6 > self.peak_pss:
                    self.peak_pss, self.at_peak = pss / 1e6, rolls
        except Exception:
            pass

    def run(self) -> None:
        while self.running:
            self.sample()
            self.cpu = time.thread_time()
            time.sleep(0.2)


_TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _state_cpu(path: str) -> tuple[str, float] | None:
    """(state, CPU seconds) of a process or thread from its /proc stat file (None once it is gone)."""
    try:
        with open(path) as fh:
            text = fh.read()
    except OSError:
        return None
    rest = text[text.rindex(")") + 2:].split()
    return rest[0], (int(rest[11]) + int(rest[12])) / _TICK


class Serial(threading.Thread):
    """With workers: the serial part of the run, what the workers wait for.  Every 20 ms, the state and CPU time of
    this process's threads and of its worker processes (/proc); this process's CPU in the intervals when no worker
    was running (state R: running or waiting for a core — so it holds on a loaded machine, where the CPU seconds do
    and the wall time does not) is the serial part S, and the bound two workers can reach is T / (S + (T - S) / 2)."""

    def __init__(self, skip: set[int]) -> None:
        super().__init__(daemon=True)
        self.samples: list[tuple[float, dict[str, tuple[str, float]]]] = []
        self.running = True
        self.me = os.getpid()
        self.skip = set(skip)  # the benchmark's own threads (the memory sampler)
        self.no_children = False  # a kernel without /proc/PID/task/TID/children: no worker seen, S means nothing
        self.cpu = 0.0  # this thread's own CPU time: the benchmark's, not the run's

    def run(self) -> None:
        kids: set[str] = set()
        n = 0
        while self.running:
            row = {}
            # The workers are listed every 10th sample (0.2 s) only: this thread's CPU competes with them.
            listing, n = n % 10 == 0, n + 1
            if listing:
                kids = set()
            # This process's CPU less the benchmark's threads' (read once, not thread by thread: fewer reads)
            if got := _state_cpu(f"/proc/{self.me}/stat"):
                others = sum(t[1] for tid in self.skip if (t := _state_cpu(f"/proc/{self.me}/task/{tid}/stat")))
                row["t"] = got[0], got[1] - others - time.thread_time()
            for tid in os.listdir(f"/proc/{self.me}/task") if listing else ():
                try:  # (the workers, whichever thread started them: a pool restarts them from its own thread)
                    with open(f"/proc/{self.me}/task/{tid}/children") as fh:
                        kids.update(fh.read().split())
                except OSError:
                    self.no_children = True
            for pid in kids:
                if got := _state_cpu(f"/proc/{pid}/stat"):
                    row[f"w{pid}"] = got
            self.samples.append((time.perf_counter(), row))
            self.cpu = time.thread_time()
            time.sleep(0.02)

    def report(self, spans: list[tuple[str, float, float]]) -> tuple[float, float, dict[str, float]]:
        """(S: this process's CPU while no worker ran, wall while one worker ran and another waited, S by step)."""
        serial, alone = 0.0, 0.0
        by_step: dict[str, float] = defaultdict(float)
        steps = sorted((w0, w1, name) for name, w0, w1 in spans if name.startswith("step: "))
        for (ta, ra), (tb, rb) in zip(self.samples, self.samples[1:]):
            workers = [v[0] for k, v in rb.items() if k.startswith("w")]
            running = sum(1 for st in workers if st == "R")
            if running == 0:
                cpu = sum(v[1] - ra[k][1] for k, v in rb.items() if k.startswith("t") and k in ra)
                serial += cpu
                step = next((name for w0, w1, name in steps if w0 <= tb <= w1), "(analysis, before the fork, rest)")
                by_step[step] += cpu
            elif running == 1 and len(workers) > 1:
                alone += tb - ta
        return serial, alone, by_step


def _rollup(pid: int) -> dict[str, int]:
    """A process's memory in kB by kind (Rss, Pss, Private_Dirty, Shared_Clean...: /proc/PID/smaps_rollup; empty where
    the kernel does not say)."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            return parse_rollup(fh.read())
    except OSError:
        return {}


def parse_rollup(text: str) -> dict[str, int]:
    """The kB figures of a smaps_rollup text, by name."""
    out = {}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[2] == "kB":
            out[parts[0].rstrip(":")] = int(parts[1])
    return out


def memory_split(rolls: list[tuple[int, dict[str, int]]], me: int) -> str:
    """Where the memory of a run's processes is, from their smaps_rollup (``Tree.at_peak``): for each, its
    proportional size, the pages only it holds (private: its own model copies, caches and heap) and the pages it
    shares with others (shared: with workers forked from this process, what was loaded before the fork and not
    written since, plus the libraries' code)."""
    def mb(r: dict[str, int], *keys: str) -> float:
        return sum(r.get(k, 0) for k in keys) / 1024

    parts = []
    n = 0
    for pid, r in rolls:
        if pid == me:
            name = "this process"
        else:
            n += 1
            name = f"worker {n}"
        parts.append(f"{name} {mb(r, 'Pss'):,.0f} MB proportional ({mb(r, 'Private_Clean', 'Private_Dirty'):,.0f} "
                     f"private, {mb(r, 'Shared_Clean', 'Shared_Dirty'):,.0f} shared)")
    return "; ".join(parts)


def parse_stat(text: str) -> tuple[float, float]:
    """(busy, steal) CPU seconds of the whole machine since boot, all cores, from /proc/stat's ``cpu`` line: busy is
    user, nice, system, irq and softirq time (guests' time is in user); steal is the time the hypervisor gave this
    machine's cores to other guests."""
    for line in text.splitlines():
        f = line.split()
        if f and f[0] == "cpu":
            t = [int(x) for x in f[1:]] + [0] * 10
            return (t[0] + t[1] + t[2] + t[5] + t[6]) / _TICK, t[7] / _TICK
    return 0.0, 0.0


def _machine_cpu() -> tuple[float, float]:
    try:
        with open("/proc/stat") as fh:
            return parse_stat(fh.read())
    except OSError:
        return 0.0, 0.0


def template(day: str, limit: int | None) -> Path:
    """A SQLite database holding the day's articles, ingested once and kept for later runs."""
    import marsad
    from marsad.ingest.run import IngestOptions
    from marsad.ingest.sources import walk
    from itertools import islice

    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"{day}_{limit or 'all'}.db"
    if path.exists():
        return path
    tmp = path.with_suffix(".part")
    for p in (tmp, Path(str(tmp) + "-wal"), Path(str(tmp) + "-shm")):
        p.unlink(missing_ok=True)
    print(f"ingesting {day} into {path} (once; later runs reuse it) ...", flush=True)
    with marsad.open(str(tmp)) as m:
        docs = islice(walk([str(DATA / f"{day}.zip")]), limit)
        m.ingest_documents(docs, IngestOptions(show_progress=False, keep_bytes=False))
    tmp.rename(path)
    return path


class GcClock:
    """CPU time spent in Python's cyclic garbage collector in this process (``gc.callbacks``)."""

    def __init__(self) -> None:
        import gc

        self.cpu = 0.0
        self.runs = 0
        self._t0 = 0.0
        gc.callbacks.append(self._seen)

    def _seen(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._t0 = time.process_time()
        else:
            self.cpu += time.process_time() - self._t0
            self.runs += 1


class Clock:
    """CPU time spent inside named parts (a part nested in another is not subtracted from it), and when each ran
    (``spans``: name, start, end on ``time.perf_counter``).

    ``per_thread`` (with workers, where this process runs a pool's threads beside its own work): each part's CPU is
    its own thread's (``time.thread_time``), not the whole process's while it ran, and a part that ran in another
    thread than the main one is named so (``... (pool thread)``)."""

    def __init__(self, per_thread: bool = False) -> None:
        self.cpu: dict[str, float] = defaultdict(float)
        self.spans: list[tuple[str, float, float]] = []
        self.per_thread = per_thread

    def wrap(self, name: str, func):
        clock = time.thread_time if self.per_thread else time.process_time

        def timed(*args, **kwargs):
            t0, w0 = clock(), time.perf_counter()
            try:
                return func(*args, **kwargs)
            finally:
                where = name
                if self.per_thread and threading.current_thread() is not threading.main_thread():
                    where = f"{name} (pool thread)"
                self.cpu[where] += clock() - t0
                self.spans.append((name, w0, time.perf_counter()))

        timed.__name__ = getattr(func, "__name__", name)
        return timed


def instrument(clock: Clock, stages: bool = True):
    """A pipeline whose stage functions are timed, and the runner's reads, writes and corpus steps timed.
    ``stages=False`` (with workers): only this process's parts, the writes and the corpus steps (their CPU time
    here, while the workers compute what the steps hand them); no pipeline, the stages run in the workers."""
    from marsad.pipeline import runner
    from marsad.pipeline.registry import build_pipeline, corpus_steps, step_label

    runner.write_results = clock.wrap("(write results)", runner.write_results)
    steps = corpus_steps()
    runner.corpus_steps = lambda: [clock.wrap("step: " + step_label(s), s) for s in steps]
    if not stages:
        runner.work_items = clock.wrap("(read articles)", runner.work_items)
        return None
    pipeline = build_pipeline()
    def timed(s):
        both = {"batch": clock.wrap(s.name, s.batch)} if getattr(s, "batch", None) else {}  # batched form too
        return dataclasses.replace(s, func=clock.wrap(s.name, s.func), **both)

    runner.work_items = clock.wrap("(read articles)", runner.work_items)
    return build_pipeline([timed(s) for s in pipeline.stages])


def analysis_of(db: str) -> tuple[dict, list]:
    """Every article's spans (as stored) and the stories' titles and sizes of a processed database."""
    import marsad

    with marsad.open(db, readonly=True) as m:
        spans = {a.id: [(s.kind, s.start, s.end, s.label, sorted(s.data.items(), key=repr))
                        for s in m.store.spans(a.id, as_stored=True)] for a in m.iter_articles()}
        stories = sorted((s["title"], s["size"]) for s in m.stories())
    return spans, stories


# Columns that hold the wall-clock time of the run (they differ between two runs of the same code).
CLOCK_COLUMNS = {"applied_at", "ingested_at", "created_at", "done_at", "updated_at", "decided_at", "checked_at",
                 "seen_at"}


def tables_of(db: str) -> dict[str, list]:
    """Every row of every table of a processed database (sorted; clock columns left out; FTS shadow tables
    left out, their content is the articles'): the whole output, story views and links included."""
    from marsad.store import open_store

    store = open_store(db, readonly=True)
    try:
        return store.table_rows(frozenset(CLOCK_COLUMNS))
    finally:
        store.close()


FEATURES_TABLE = "story_features"  # (article_id, version, features): compared decoded (compare)


def _features_differ(a: list[tuple], b: list[tuple]) -> int:
    """How many articles' kept story features differ between two ``story_features`` tables (rows as
    ``tables_of`` gives them: article_id, version, blob), comparing the decoded features (``features.decode``), not
    the version stamp nor the bytes; an article in one table only counts as differing."""
    from marsad.stories.features import decode

    kept = {r[0]: r[2] for r in a}
    here = {r[0]: r[2] for r in b}
    return sum(1 for k in kept.keys() | here.keys()
               if k not in kept or k not in here or (kept[k] != here[k] and decode(kept[k]) != decode(here[k])))


def compare(kept: str, db: str) -> str:
    """Whether ``db`` holds the same analysis as ``kept``: same articles and spans, same stories, and every
    table the same row for row (story views, entity links, merges, syndication, office changes...); the kept story
    features by their decoded value (``_features_differ``)."""
    (a_spans, a_stories), (b_spans, b_stories) = analysis_of(kept), analysis_of(db)
    differ = [k for k in a_spans.keys() | b_spans.keys() if a_spans.get(k) != b_spans.get(k)]
    n = sum(len(v) for v in b_spans.values())
    a_tab, b_tab = tables_of(kept), tables_of(db)
    bad, notes = [], []
    for name in sorted(a_tab.keys() | b_tab.keys()):
        a, b = a_tab.get(name), b_tab.get(name)
        if name == FEATURES_TABLE and a is not None and b is not None:
            # Its version column is a hash of the source the features import (any change there changes it), and its
            # blobs hold sets in hash-seed order: the decoded features are what the next run reads back.
            differ_f = _features_differ(a, b)
            notes.append(f"{name}: decoded features compared, not the version stamp or the bytes "
                         f"({len(b):,} rows, {differ_f} differ)")
            if differ_f:
                bad.append(f"{name} ({differ_f} articles' decoded features differ or are missing)")
            continue
        if a != b:
            sa, sb = set(a or []), set(b or [])
            bad.append(f"{name} ({len(sa - sb)} rows only in the kept, {len(sb - sa)} only here)")
    rows = sum(len(v) for v in b_tab.values())
    return (f"compared with {kept}: {len(b_spans):,} articles, {n:,} spans; {len(differ)} articles differ; "
            f"stories {'the same' if a_stories == b_stories else 'DIFFER'} ({len(b_stories):,}); "
            f"tables: {len(b_tab)} tables, {rows:,} rows, "
            + ("all the same" if not bad else f"{len(bad)} DIFFER: " + "; ".join(bad))
            + "".join(f"; {note}" for note in notes))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--day", default="2015-07-21", help="SaudiNewsNet day (its zip name)")
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles of the day")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--dask", action="store_true", help="with --workers: Dask LocalCluster instead of a process pool")
    ap.add_argument("--ner-profile", default=None, help="NER profile (accurate or fast; default: the package's)")
    ap.add_argument("--no-steps", action="store_true", help="per-article stages only (no corpus steps)")
    ap.add_argument("--cprofile", type=int, default=0, metavar="N", help="also print the N top functions (own time)")
    ap.add_argument("--cprofile-out", metavar="FILE", help="with --cprofile: also save the profile (pstats) there")
    ap.add_argument("--keep", action="store_true", help="keep the processed database and print its path")
    ap.add_argument("--compare", metavar="DB", help="say whether the result equals a database kept by an earlier run")
    ap.add_argument("--serial", action="store_true",
                    help="with --workers: this process's CPU while no worker runs (sampled from /proc every 20 ms)")
    args = ap.parse_args()
    if not have_data():
        return 0
    if not (DATA / f"{args.day}.zip").exists():
        print(f"skip: no {args.day}.zip in {DATA}")
        return 0
    if args.ner_profile:
        os.environ["MARSAD_NER_PROFILE"] = args.ner_profile  # the stage version is read at import
    import marsad
    from marsad.pipeline.runner import ProcessOptions

    src = template(args.day, args.limit)
    work = Path(tempfile.mkdtemp(prefix="marsad_bench_pipeline_")) / "run.db"
    shutil.copy(src, work)
    clock = Clock(per_thread=args.workers > 1 or args.dask)
    pipeline = instrument(clock, stages=args.workers == 1 and not args.dask)
    opts = ProcessOptions(workers=args.workers, dask="local" if args.dask else None, show_progress=False,
                          corpus_steps=not args.no_steps,
                          settings={"ner_profile": args.ner_profile} if args.ner_profile else {})
    tree = Tree()
    tree.start()
    serial = None
    if args.serial and args.workers > 1 and not args.dask and Path("/proc/self/task").is_dir():
        serial = Serial({tree.native_id})
    if serial:
        serial.start()
    gc_clock = GcClock()
    prof = None
    if args.cprofile:
        import cProfile

        prof = cProfile.Profile()
    load0 = os.getloadavg()[0]
    try:
        with marsad.open(str(work)) as m:
            from marsad.pipeline.runner import process

            busy0, steal0 = _machine_cpu()
            c0, w0, m0 = time.process_time(), time.perf_counter(), time.thread_time()
            if prof:
                prof.enable()
            report = process(m.store, opts, pipeline=pipeline)
            if prof:
                prof.disable()
            cpu_self, wall, cpu_main = time.process_time() - c0, time.perf_counter() - w0, time.thread_time() - m0
            busy1, steal1 = _machine_cpu()
            n_ann = m.stats()["tables"]["annotations"]
    finally:
        tree.running = False
        tree.sample()
        if serial:
            serial.running = False
            serial.join()
    reaped = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu_kids = max(sum(tree.child_cpu.values()), reaped.ru_utime + reaped.ru_stime)
    cpu = cpu_self + cpu_kids
    n = report.articles
    mode = f"{args.workers} worker(s)" + (" on a Dask LocalCluster" if args.dask else "")
    print(f"marsad process over SaudiNewsNet {args.day}: {n:,} articles, {mode}, NER profile "
          f"{args.ner_profile or os.environ.get('MARSAD_NER_PROFILE') or 'default'}; "
          f"{os.cpu_count()} cores, load average {load0:.1f} before, {os.getloadavg()[0]:.1f} after")
    # The samplers' own CPU (memory every 0.2 s, /proc every 20 ms with --serial) is this process's too, not the run's.
    serial_cpu = serial.cpu if serial else 0.0
    cpu_bench = tree.cpu + serial_cpu
    print(f"  CPU time: {cpu:.1f} s ({cpu_self:.1f} s here, of which {cpu_bench:.1f} s the benchmark's samplers: "
          f"memory {tree.cpu:.1f}, serial {serial_cpu:.1f}; {cpu_kids:.1f} s in workers) "
          f"= {n / cpu:.1f} articles/s per core")
    print(f"  wall time: {wall:.1f} s = {n / wall:.1f} articles/s (noisy on a shared machine)")
    if busy1:
        # What else ran meanwhile: the CPU time of a run grows with it (two workers beside other busy processes
        # share caches and cores with them), so two runs compare only at similar figures here.
        others = max(0.0, (busy1 - busy0) - cpu)
        cores = (os.cpu_count() or 1) * wall
        print(f"  the machine meanwhile: other processes used {others:.1f} s of CPU, {100 * others / cores:.0f}% "
              f"of the cores' {cores:.1f} s; the hypervisor took {steal1 - steal0:.1f} s (steal)")
    print(f"  peak memory: {tree.peak:,.0f} MB (this process and its workers; resident, pages shared by the "
          f"workers with this process counted in each), {tree.peak_pss:,.0f} MB proportional (shared pages once; "
          "read every 5 s, so at least that)")
    if tree.at_peak:
        print("  at that proportional peak: " + memory_split(tree.at_peak, os.getpid()))
    print(f"  {report.failures} failed; {n_ann:,} annotations; " + "; ".join(report.steps))
    if serial and serial.no_children:
        print("  serial part: not measured (this kernel has no /proc/PID/task/TID/children: the workers cannot be "
              "told apart)")
    elif serial:
        s_cpu, alone, by_step = serial.report(clock.spans)
        parts = ", ".join(f"{name.removeprefix('step: ')} {t:.1f}" for name, t in
                          sorted(by_step.items(), key=lambda kv: -kv[1]) if t >= 0.05)
        print(f"  serial part: this process's CPU while no worker ran {s_cpu:.1f} s ({parts}); one worker running, "
              f"the other waiting: {alone:.1f} s wall; with this run's CPU as T, two workers reach at most "
              f"T / (S + (T - S) / 2) = {cpu / (s_cpu + (cpu - s_cpu) / 2):.2f}x")
    if clock.cpu and pipeline is None:
        print(f"  where this process's CPU time goes ({cpu_self:.1f} s; with workers: the writes and the corpus "
              f"steps' own part, each in its own thread):")
        in_main = {k: v for k, v in clock.cpu.items() if not k.endswith("(pool thread)")}
        in_pool = {k: v for k, v in clock.cpu.items() if k.endswith("(pool thread)")}
        rows = [*sorted(in_main.items(), key=lambda kv: -kv[1]),
                ("(main thread, the rest: first batch, claims)", cpu_main - sum(in_main.values())),
                *sorted(in_pool.items(), key=lambda kv: -kv[1]),
                ("(pool threads, the rest: send, receive)", cpu_self - cpu_main - cpu_bench - sum(in_pool.values())),
                ("(the benchmark: its samplers)", cpu_bench)]
        for name, t in rows:
            print(f"    {name:<44} {t:7.1f} s  {100 * t / cpu_self:5.1f}%")
    elif clock.cpu:
        print(f"  where the CPU time goes (one worker; shares of {cpu:.1f} s):")
        for name, t in sorted(clock.cpu.items(), key=lambda kv: -kv[1]):
            print(f"    {name:<32} {t:7.1f} s  {100 * t / cpu:5.1f}%  {1000 * t / max(n, 1):6.2f} ms/article")
        rest = cpu - sum(clock.cpu.values())
        print(f"    {'(the rest: claims, runner)':<32} {rest:7.1f} s  {100 * rest / cpu:5.1f}%")
        print(f"  of all that, the garbage collector: {gc_clock.cpu:.1f} s ({100 * gc_clock.cpu / cpu:.1f}%, "
              f"{gc_clock.runs:,} collections)")
    if prof:
        if args.cprofile_out:
            prof.dump_stats(args.cprofile_out)
        print("  cProfile (own time; the profiler slows the run, shares above are without it only if not used):")
        print(top_functions(prof, args.cprofile))
    if args.compare:
        print("  " + compare(args.compare, str(work)))
    if args.keep:
        print(f"  kept: {work}")
    else:
        shutil.rmtree(work.parent, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
