"""How much two busy processes get from the machine's cores: the ceiling of ``--workers 2``, whatever the code.

    python benchmarks/bench_cores.py            # a fixed pure-Python workload: one process, then two at once
    python benchmarks/bench_cores.py --rounds 3 # repeat, keep the best of each

Each process runs the same two loops and reports their CPU times: one over a small table (dict look-ups,
string slicing, small integers: it stays in each core's own cache) and one over a large one (look-ups spread
over some 200 MB, as the pipeline's models, lexicons and caches are: it shares the last-level cache and the
memory bus with the other process).  If the cores were independent, two
processes at once would each take about the CPU time of one alone (ratio near 1.0) and two workers could
reach twice the throughput of one.  On a virtual machine whose two vCPUs share one physical core (SMT
siblings on the host), each of two busy processes runs slower (ratio well above 1.0) and two workers give
at most ``2 / ratio`` times one.  Other processes on the machine count as a second busy process too, so run
it, like the pipeline benchmark, when the load average (printed) is low.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from multiprocessing import get_context


def work(size: int, n: int = 3_000_000) -> float:
    """CPU seconds of a fixed pure-Python workload over a table of ``size`` keys (built before the clock starts)."""
    table = {str(i): i for i in range(size)}
    step = 7919  # a prime: consecutive look-ups land far apart in a large table
    t0 = time.process_time()
    total = 0
    for i in range(n):
        key = str(i * step % size)
        total += table.get(key, 0) + len(key[:2])
    if total < 0:  # (keeps the loop from being optimised away by a future interpreter)
        print(total)
    return time.process_time() - t0


SMALL, LARGE = 1_000, 2_000_000


def _child(q, size: int) -> None:
    q.put(work(size))


def concurrent(k: int, size: int) -> list[float]:
    """CPU seconds of each of ``k`` processes running ``work(size)`` at the same time."""
    ctx = get_context("fork")
    q = ctx.Queue()
    procs = [ctx.Process(target=_child, args=(q, size)) for _ in range(k)]
    for p in procs:
        p.start()
    out = [q.get() for _ in procs]
    for p in procs:
        p.join()
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args()
    load0 = os.getloadavg()[0]
    lines = []
    for name, size in (("small table", SMALL), ("large table", LARGE)):
        one = min(concurrent(1, size)[0] for _ in range(args.rounds))
        two = min(max(concurrent(2, size)) for _ in range(args.rounds))
        ratio = two / one
        lines.append(f"  {name}: one process alone {one:.2f} s CPU, each of two at once {two:.2f} s (the slower); "
                     f"ratio {ratio:.2f}, so two processes give at most {2 / ratio:.2f}x one")
    print(f"{os.cpu_count()} cores, load average {load0:.1f} before, {os.getloadavg()[0]:.1f} after")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
