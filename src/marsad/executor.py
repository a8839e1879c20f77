"""One way to run work in parallel: in this process, in local worker processes, or on a Dask cluster.

Ingest (extraction), process (per-article analysis) and story clustering (article
features) all hand batches to an :class:`Executor`; only the executor knows whether
they run inline, in a ``multiprocessing`` pool or on Dask workers.

What a task needs besides its batch — a pipeline with its models, an extraction
context, a database connection — is described by a small picklable *recipe* and
built once per worker process (:func:`worker_resource`): models load once per
worker, not once per task.  A local pool may instead take a resource built here before it
forks (``ProcessExecutor.share`` or the recipe's ``before_fork``): its workers then share it.
"""

from __future__ import annotations

import functools
import gc
import os
import threading
from collections import deque
from dataclasses import dataclass
from typing import Any, Callable, Hashable, Iterable, Iterator, Protocol, TypeVar

from marsad.errors import MarsadError

WATCH_EVERY = 2.0  # seconds a map waits for a result before it checks that no worker died
T = TypeVar("T")
R = TypeVar("R")


class Recipe(Protocol):
    """What a worker builds once and reuses for every task: ``key`` names it, ``build()`` makes it."""

    def key(self) -> Hashable: ...
    def build(self) -> Any: ...


_built: dict[Hashable, Any] = {}
_built_lock = threading.Lock()
# What a process built (and warmed) before it forked its pool, by recipe key: the pool's processes use it as it
# is, sharing its memory with this process (copy on write), instead of building and warming their own.
_inherited: dict[Hashable, Any] = {}


def worker_resource(recipe: Recipe) -> Any:
    """The object ``recipe`` builds, built at most once in this process (a Dask worker, a pool process, or here);
    in a pool process, the one built before the pool forked (``ProcessExecutor``), if any."""
    key = (os.getpid(), recipe.key())
    got = _built.get(key)
    if got is None:
        with _built_lock:
            got = _built.get(key)
            if got is None:
                got = _inherited.get(recipe.key())
                _built[key] = got = recipe.build() if got is None else got
    return got


def _call(func: Callable[[Any, T], R], recipe: Recipe, item: T) -> R:
    return func(worker_resource(recipe), item)


def _call_packed(args: tuple[Callable[[Any, Any], Any], Recipe, Any]) -> Any:
    return _call(*args)


def _pool_process_start() -> None:
    """How a pool process starts: it collects as usual, whatever this process's collector was doing when the pool
    forked (a step may keep it off for a while here: the workers would inherit that for their whole life), and it
    leaves Ctrl-C to the process that runs the pool. A terminal's Ctrl-C reaches every process of the command: each
    worker printed its own KeyboardInterrupt traceback and died holding its task, whose result the pool then waited
    for forever. That process stops them instead (``ProcessExecutor.close``)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    gc.enable()


class Executor(Protocol):
    """Runs ``func(resource, item)`` for each item; results come back in the order of the items."""

    workers: int
    distributed: bool  # tasks may run on other machines (they cannot share this process's files or memory)

    def map(self, func: Callable[[Any, T], R], items: Iterable[T], recipe: Recipe) -> Iterator[R]: ...
    def close(self) -> None: ...


class InlineExecutor:
    """Everything in this process, one item at a time."""

    workers = 1
    distributed = False

    def map(self, func: Callable[[Any, T], R], items: Iterable[T], recipe: Recipe) -> Iterator[R]:
        resource = recipe.build()  # for this run only: the caller's process outlives it
        try:
            for item in items:
                yield func(resource, item)
        finally:
            close = getattr(resource, "close", None)
            if callable(close):
                close()

    def close(self) -> None:
        pass


@functools.cache
def _quiet_pool_class() -> type:
    """``QuietPool`` (multiprocessing.pool is imported when a pool is made, not with this module)."""
    from multiprocessing.pool import Pool

    class QuietPool(Pool):
        """A ``multiprocessing`` pool whose worker-keeping thread wakes when a worker exits or the pool's state or
        task cache changes, not whenever a result is waiting to be read.

        The standard pool's thread also waits on the results pipe, which stays readable while a result is on its
        way (megabytes for a batch's analysis or story features): it then loops without sleeping until the result
        thread has read it all, some 1,000 times for 300 articles, and took 0.46 s of this process's CPU over a
        day's ``process`` beside two workers (2015-07-21), besides the GIL the result thread needs meanwhile.
        Workers that exit still wake it (their sentinels), and so do ``close``, ``terminate`` and an emptied
        cache (the change notifier), which is what its loop reads."""

        def _get_sentinels(self) -> list:
            notifier = getattr(self, "_change_notifier", None)  # (private: a Python without it gets the busy loop
            # back, not a pool that cannot start)
            return [notifier._reader] if notifier is not None else super()._get_sentinels()

    return QuietPool


class ProcessExecutor:
    """A pool of local worker processes (forked: they start fast and share loaded code).

    The pool forks at the first ``map``.  When that map's recipe has a ``before_fork()`` method, it is called here
    first: what it returns (a resource built ahead, its models loaded) every worker then uses as its resource for
    that recipe, shared copy-on-write, instead of loading and warming its own copy (``process`` shares its analysis
    with ``share`` after analysing the first batch itself).  What this process holds is frozen for the collector (``gc.freeze``) across the fork: a collection in a worker then
    never walks (and so never writes to, and copies) the objects it shares with this process.
    """

    distributed = False

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self._pool: Any = None
        self._broken = False  # a worker died holding a task (see _check_workers), or a map was left with tasks out
        self._shared: list[Hashable] = []
        self._unfinished: set[Callable[[], None]] = set()  # the aborts of maps not read to their end

    @property
    def started(self) -> bool:
        return self._pool is not None

    def share(self, recipe: Recipe, resource: Any) -> None:
        """Before the pool forks: its workers use ``resource`` (built here) as the resource of ``recipe``."""
        if self._pool is not None:
            raise RuntimeError("the pool has forked already")
        _inherited[recipe.key()] = resource
        self._shared.append(recipe.key())

    def _start(self, recipe: Recipe) -> None:
        import multiprocessing as mp

        warm = getattr(recipe, "before_fork", None)
        if recipe.key() not in self._shared and callable(warm):
            got = warm()
            if got is not None:
                self.share(recipe, got)
        thawed = gc.get_freeze_count() == 0
        gc.collect()
        gc.freeze()
        try:
            self._pool = _quiet_pool_class()(self.workers, initializer=_pool_process_start,
                                             context=mp.get_context("fork"))
        finally:
            if thawed:  # this process's collector as it was (the workers keep theirs frozen)
                gc.unfreeze()

    def map(self, func: Callable[[Any, T], R], items: Iterable[T], recipe: Recipe) -> Iterator[R]:
        if self._pool is None:
            self._start(recipe)
        limit = 2 * self.workers + 1
        ahead = threading.Semaphore(limit)  # read ahead a little, never the whole input
        stop = threading.Event()

        def bounded() -> Iterator[tuple[Any, Recipe, T]]:
            for item in items:
                ahead.acquire()
                if stop.is_set():
                    return
                yield func, recipe, item

        def abort() -> None:
            # the pool's feeding thread waits for a slot that no result will free: let it see the stop and end
            stop.set()
            for _ in range(limit):
                ahead.release()

        # A map left before its end (a task's error, the caller's error, an interrupt) is aborted, here when the
        # generator is closed and in close() when it is not (a traceback can keep it alive): otherwise the pool's
        # close() waits forever for its feeding thread, and the error that stopped the run is never shown.
        self._unfinished.add(abort)
        finished = False
        try:
            from multiprocessing import TimeoutError as Waited

            results = self._pool.imap(_call_packed, bounded())
            watched = self._workers()
            while True:
                try:
                    result = results.next(timeout=WATCH_EVERY)
                except StopIteration:
                    break
                except Waited:
                    self._check_workers(watched)
                    continue
                ahead.release()
                yield result
            finished = True
        finally:
            self._unfinished.discard(abort)
            if not finished:
                abort()
                # its tasks in flight are not waited for at close (an interrupt: the run stops now, not after them)
                self._broken = True

    def _workers(self) -> dict[int, Any]:
        return {p.pid: p for p in getattr(self._pool, "_pool", ())}  # (the pool's processes: private, read only)

    def _check_workers(self, watched: dict[int, Any]) -> None:
        """Raise when a worker died: the pool starts another, but the task it held is lost and its result, which the
        map waits for, never comes (a worker killed by the system for its memory, a crash in a C extension)."""
        watched.update(self._workers())
        for pid, process in watched.items():
            code = process.exitcode
            if code not in (None, 0):
                self._broken = True  # (close terminates: the lost task keeps the pool's cache from draining)
                how = f"killed by signal {-code}" if code < 0 else f"exit code {code}"
                raise MarsadError(f"a worker process (pid {pid}) died while the run waited for its work ({how}; "
                                  "killed by the system for lack of memory?): nothing of the unfinished batches was "
                                  "written; run again to go on, with fewer --workers if memory is short")

    def close(self) -> None:
        if self._pool is not None:
            if self._unfinished or self._broken:  # (see map) stop feeding; the tasks in flight are not waited for
                for abort in list(self._unfinished):
                    abort()
                self._unfinished.clear()
                self._pool.terminate()
            else:
                self._pool.close()
            self._pool.join()
            self._pool = None
            self._broken = False
        for key in self._shared:
            _inherited.pop(key, None)
        self._shared.clear()


class DaskExecutor:
    """Tasks on a Dask cluster: a LocalCluster of ``workers`` processes, or the scheduler at ``address``."""

    distributed = True

    def __init__(self, address: str = "local", workers: int = 2) -> None:
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError as exc:
            raise MarsadError("--dask needs Dask: pip install 'marsad[dask]'") from exc
        self._cluster = None
        if address == "local":
            # one thread per worker process: the analysis is pure Python, threads would share one GIL
            self._cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                         dashboard_address=":0", silence_logs=40)
            self.client = Client(self._cluster)
        else:
            try:
                self.client = Client(address, timeout=10)
            except (OSError, TimeoutError) as exc:
                raise MarsadError(f"cannot reach the Dask scheduler at {address}: {exc}; start one with "
                                  "`dask scheduler` and workers with `dask worker ADDRESS`") from exc
        self.workers = max(1, len(self.client.scheduler_info().get("workers", {})) or workers)

    def map(self, func: Callable[[Any, T], R], items: Iterable[T], recipe: Recipe) -> Iterator[R]:
        pending: deque[Any] = deque()
        limit = 2 * self.workers + 1
        for item in items:
            pending.append(self.client.submit(_call, func, recipe, item, pure=False))
            if len(pending) >= limit:
                yield _result(pending.popleft())
        while pending:
            yield _result(pending.popleft())

    def close(self) -> None:
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()


def _result(future: Any) -> Any:
    try:
        return future.result()
    finally:
        future.release()


@dataclass(slots=True)
class ExecutorOptions:
    """Where work runs: ``workers`` local processes, or on Dask (``dask="local"`` or ``"tcp://HOST:8786"``)."""

    workers: int = 1
    dask: str | None = None


def make_executor(options: ExecutorOptions | None = None) -> Executor:
    """The executor ``options`` describe (inline for one local worker)."""
    opts = options or ExecutorOptions()
    if opts.dask:
        return DaskExecutor(opts.dask, max(1, opts.workers))
    if opts.workers > 1:
        return ProcessExecutor(opts.workers)
    return InlineExecutor()
