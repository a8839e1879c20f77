"""One executor for every parallel step: results in input order, and what a worker needs built once per worker."""

from __future__ import annotations

import os
import time

import pytest

from marsad.executor import DaskExecutor, ExecutorOptions, InlineExecutor, ProcessExecutor, make_executor


class Model:
    """A recipe standing for a model that is slow to load: each build gets a new token."""

    def key(self) -> str:
        return "test-model"

    def build(self) -> dict:
        return {"token": os.urandom(4).hex(), "pid": os.getpid()}


def square(model: dict, item: int) -> tuple[int, str, int]:
    return item * item, model["token"], model["pid"]


@pytest.mark.parametrize("make", [InlineExecutor, lambda: ProcessExecutor(2), lambda: DaskExecutor("local", 2)],
                         ids=["inline", "processes", "dask"])
def test_results_keep_their_order_and_models_load_once_per_worker(make):
    executor = make()
    try:
        out = list(executor.map(square, range(40), Model()))
    finally:
        executor.close()
    assert [r[0] for r in out] == [i * i for i in range(40)]
    tokens = {r[1] for r in out}
    pids = {r[2] for r in out}
    assert len(tokens) == len(pids) <= executor.workers  # one load per worker process, whatever the task count


def test_options_choose_the_executor():
    assert isinstance(make_executor(ExecutorOptions()), InlineExecutor)
    pool = make_executor(ExecutorOptions(workers=2))
    try:
        assert isinstance(pool, ProcessExecutor) and pool.workers == 2 and not pool.distributed
    finally:
        pool.close()


def test_an_unreachable_scheduler_says_what_to_do():
    from marsad.errors import MarsadError

    with pytest.raises(MarsadError, match="dask scheduler"):
        DaskExecutor("tcp://127.0.0.1:1", 1)


def fails_at_three(model: dict, item: int) -> int:
    if item == 3:
        raise ValueError("item 3 cannot be read")
    return item


def _closes_within(executor, seconds: float = 60.0) -> bool:
    import threading

    t = threading.Thread(target=executor.close, daemon=True)
    t.start()
    t.join(seconds)
    return not t.is_alive()


def test_a_failing_task_reaches_the_caller_and_the_pool_still_closes():
    # More tasks queued than the pool reads ahead (5 with two workers): its feeding thread waits for a slot that no
    # result frees once the error stops the caller — close() waited for it forever and the error was never shown
    executor = ProcessExecutor(2)
    with pytest.raises(ValueError, match="item 3"):
        for _ in executor.map(fails_at_three, range(40), Model()):
            pass
    assert _closes_within(executor)


def test_a_caller_stopping_early_still_lets_the_pool_close():
    # The caller fails after two results and its traceback keeps the unfinished map alive (it is not closed)
    executor = ProcessExecutor(2)
    results = executor.map(square, range(40), Model())
    assert [next(results)[0], next(results)[0]] == [0, 1]
    assert _closes_within(executor)
    assert executor.started is False


def big_result(model: dict, item: int) -> bytes:
    return bytes([item]) * 8_000_000  # megabytes, as a batch's analysis or story features are


def test_the_pools_keeper_thread_does_not_spin_while_results_arrive(monkeypatch):
    """The pool's worker-keeping thread wakes for workers and for the pool's state, not for every readable chunk of a
    result on its way (the standard pool's looped a thousand times for 300 articles, CPU beside the workers)."""
    from multiprocessing.pool import Pool

    rounds = []
    keep = Pool._maintain_pool
    monkeypatch.setattr(Pool, "_maintain_pool", staticmethod(lambda *a, **k: (rounds.append(1), keep(*a, **k))[1]))
    executor = ProcessExecutor(2)
    try:
        out = []
        for data in executor.map(big_result, range(8), Model()):
            out.append(data[0])
            time.sleep(0.05)  # a slow reader: the next results wait in the pipe meanwhile
    finally:
        executor.close()
    assert out == list(range(8))
    assert len(rounds) < 20


def test_a_worker_that_exits_is_replaced():
    """The keeper thread still wakes when a worker exits (its sentinel) and starts another: here each worker leaves
    after one task, so four tasks on two workers need two replaced.  (Killing a worker instead can leave one of the
    pool's queue locks held: the standard pool hangs then too.)"""
    import multiprocessing as mp

    from marsad.executor import _quiet_pool_class

    pool = _quiet_pool_class()(2, maxtasksperchild=1, context=mp.get_context("fork"))
    try:
        results = pool.imap(_double, range(4))
        assert [results.next(timeout=30) for _ in range(4)] == [0, 2, 4, 6]
    finally:
        pool.terminate()
        pool.join()


def _double(item: int) -> int:
    return 2 * item


def die(model: dict, item: int) -> int:
    if item == 3:
        os.kill(os.getpid(), 9)  # as the system kills a worker short of memory
    time.sleep(0.05)
    return item


def test_a_worker_killed_while_it_holds_a_task_stops_the_map_with_a_clear_error(monkeypatch):
    """The pool replaces a killed worker but loses its task: the map said nothing and waited for ever; now it
    fails, saying what happened and what to do, and the pool still closes."""
    import threading

    import marsad.executor as ex
    from marsad.errors import MarsadError

    monkeypatch.setattr(ex, "WATCH_EVERY", 0.2, raising=False)
    executor = ProcessExecutor(2)
    outcome: list = []

    def run() -> None:
        try:
            outcome.append(list(executor.map(die, range(8), Model())))
        except MarsadError as exc:
            outcome.append(exc)
        finally:
            executor.close()

    t = threading.Thread(target=run, daemon=True)
    t.start()
    t.join(60)
    assert not t.is_alive(), "the map still waits for the killed worker's task"
    assert len(outcome) == 1 and isinstance(outcome[0], MarsadError)
    assert "killed by signal 9" in str(outcome[0]) and "run again" in str(outcome[0])
    assert not executor.started


def collector_on(model: dict, item: int) -> bool:
    import gc

    return gc.isenabled()


def test_workers_collect_even_when_the_pool_forks_while_this_process_keeps_its_collector_off():
    # A step may keep this process's collector off for a while (placing a batch of stories); a pool that forks
    # then must not leave its workers without a collector for the rest of their life.
    import gc

    executor = ProcessExecutor(2)
    gc.disable()
    try:
        out = list(executor.map(collector_on, range(8), Model()))
    finally:
        gc.enable()
        executor.close()
    assert out == [True] * 8
