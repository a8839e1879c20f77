"""bench_pipeline's figures that say where a run's memory is and how busy the machine was: a process's private and
shared memory, and the CPU other processes used meanwhile (speed50, issue 18)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import bench_pipeline as bench  # noqa: E402

ROLLUP = """55d1c2a3e000-7ffd8a1f5000 ---p 00000000 00:00 0                          [rollup]
Rss:              800000 kB
Pss:              660000 kB
Shared_Clean:      40000 kB
Shared_Dirty:     170000 kB
Private_Clean:      2000 kB
Private_Dirty:    588000 kB
Anonymous:        750000 kB
"""


def test_a_workers_memory_is_told_apart_into_its_own_and_what_it_shares_with_the_main_process():
    roll = bench.parse_rollup(ROLLUP)
    assert roll["Pss"] == 660000 and roll["Private_Dirty"] == 588000
    main = {"Pss": 300 * 1024, "Private_Dirty": 100 * 1024, "Shared_Dirty": 200 * 1024}
    text = bench.memory_split([(7, main), (8, roll)], me=7)
    assert text.startswith("this process 300 MB proportional (100 private, 200 shared)")
    # the worker: 2,000 + 588,000 kB of its own (caches, heap), 40,000 + 170,000 kB shared
    assert "worker 1 645 MB proportional (576 private, 205 shared)" in text


def test_the_machines_busy_and_stolen_cpu_is_read_from_proc_stat():
    tick = bench._TICK
    # user nice system idle iowait irq softirq steal guest guest_nice, in ticks
    stat = f"cpu  {100 * tick} {50 * tick} {20 * tick} {900 * tick} {5 * tick} {1 * tick} {2 * tick} {3 * tick} 0 0\n" \
           f"cpu0 {50 * tick} 0 0 0 0 0 0 0 0 0\n"
    busy, steal = bench.parse_stat(stat)
    assert busy == 100 + 50 + 20 + 1 + 2  # idle and iowait are not busy; steal is apart
    assert steal == 3
