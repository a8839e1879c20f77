"""One executor for every parallel step: results in input order, and what a worker needs built once per worker."""

from __future__ import annotations

import os

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
