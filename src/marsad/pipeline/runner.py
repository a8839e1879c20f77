"""``process``: run the analysis pipeline over every article not yet processed at the current stage versions.

Pending articles are claimed in batches and handed to an executor (this process,
local worker processes, or Dask workers).  Each batch's results are written in
one transaction, so a run killed midway leaves whole articles done or not done and
the next run finishes the rest without duplicates.  With SQLite the results flow
back to this process, the single writer; with PostgreSQL the workers write
themselves, and pending work is claimed with ``FOR UPDATE SKIP LOCKED`` so several
processes (or machines) can run ``process`` at once.  A document that makes a
stage fail is recorded as a rejection and the run goes on.  Corpus steps
(syndication, stories, story views) run once after, here.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import socket
import traceback
import uuid
from dataclasses import dataclass, field, replace
from typing import Any, Iterable, Iterator

from marsad.errors import PipelineError
from marsad.executor import Executor, ExecutorOptions, ProcessExecutor, make_executor
from marsad.models import Article, Doc, Entity, Rejection, Span, counted, to_dict
from marsad.pipeline.registry import Pipeline, build_pipeline, corpus_steps, step_label
from marsad.pipeline.stage import Resources, Stage
from marsad.progress import progress, status
from marsad.store import Store, open_store
from marsad.store.common import span_rows


@dataclass(slots=True)
class ProcessOptions:
    """Options of a ``process`` run.

    ``workers`` local processes analyse articles, or Dask workers when ``dask`` is
    ``"local"`` (a LocalCluster of ``workers`` processes) or a scheduler address.
    """

    only: list[str] | None = None  # run only these stages (and what they require)
    redo: list[str] = field(default_factory=list)  # re-run these stages even where done
    workers: int = 1
    dask: str | None = None
    batch_size: int = 64
    limit: int | None = None
    corpus_steps: bool = True
    show_progress: bool | None = None
    settings: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class ProcessReport:
    articles: int = 0
    stage_runs: int = 0
    failures: int = 0
    entities_discovered: int = 0
    steps: list[str] = field(default_factory=list)
    pending_before: int = 0  # articles left to analyse before the corpus steps ran, and after
    pending_after: int = 0

    def summary(self) -> str:
        text = (f"{self.articles} articles processed ({self.stage_runs} stage runs), "
                f"{self.failures} failed, {self.entities_discovered} entities discovered")
        return "; ".join([text, *self.steps])

    def add(self, other: "ProcessReport") -> None:
        self.articles += other.articles
        self.stage_runs += other.stage_runs
        self.failures += other.failures
        self.entities_discovered += other.entities_discovered


@dataclass(slots=True)
class WorkItem:
    """One article to analyse, from stage ``start`` on, with the layers earlier stages stored."""

    article: Article
    start: int  # index of the first stage to run
    kept: dict[str, list[Span]]  # layers from earlier stages, loaded from the store


@dataclass(slots=True)
class WorkResult:
    article_id: str
    origin: str
    outputs: list[tuple[str, str, list[Span]]]  # (stage, version, spans it owns)
    error: tuple[str, str] | None = None  # (stage, reason)


@dataclass(slots=True)
class StoredResult:
    """A ``WorkResult`` as the store writes it: each stage's spans as rows (``span_rows``: their data already
    JSON) with the entities they discovered.  What a worker process sends back: the main process, the single
    writer with SQLite, unpickles strings and numbers for a fraction of the CPU that Span objects and their
    dicts cost it, and encodes no JSON."""

    article_id: str
    origin: str
    outputs: list[tuple[str, str, list[tuple], list[Entity]]]  # (stage, version, rows, entities discovered)
    error: tuple[str, str] | None = None


def stored(result: WorkResult) -> StoredResult:
    return StoredResult(result.article_id, result.origin,
                        [(stage, version, span_rows(spans), _discovered(spans))
                         for stage, version, spans in result.outputs], result.error)


@dataclass(slots=True)
class Batch:
    """What travels to a worker: articles claimed for ``owner``; ``items`` when the worker cannot read the store."""

    ids: list[str]
    owner: str
    items: list[WorkItem] | None = None


class Analysis:
    """What a worker builds once: the pipeline's resources (models load on first use), and its own store
    connection when it writes results itself.  ``settle``: the worker settles its heap after each batch
    (``settle_heap``); only for processes this run owns, not for Dask workers that outlive it."""

    def __init__(self, pipeline: Pipeline, settings: dict[str, Any], redo: set[str], db: str | None,
                 settle: bool = False) -> None:
        self.pipeline, self.settings, self.redo, self.db, self.settle = pipeline, settings, redo, db, settle
        self._key = hashlib.sha256(pickle.dumps((pipeline.versions, sorted(redo), db, repr(settings)))).hexdigest()

    def key(self) -> str:
        return self._key

    def build(self) -> "Analyser":
        return Analyser(self.pipeline, Resources(settings=self.settings), self.redo,
                        open_store(self.db) if self.db else None, self.settle)


@dataclass(slots=True)
class Analyser:
    pipeline: Pipeline
    resources: Resources
    redo: set[str]
    store: Store | None
    settle: bool = False

    def close(self) -> None:
        if self.store is not None:
            self.store.close()


def analyse(item: WorkItem, pipeline: Pipeline, resources: Resources) -> WorkResult:
    """Run the stages from ``item.start`` on one article; return what each stage owns."""
    return analyse_many([item], pipeline, resources)[0]


def analyse_many(items: list[WorkItem], pipeline: Pipeline, resources: Resources) -> list[WorkResult]:
    """``analyse`` of each item.  The stages up to the last one that has a ``batch`` form run over all the
    items' documents at once, stage after stage; the later ones run document after document."""
    docs = [Doc(it.article, {k: list(v) for k, v in it.kept.items()}) for it in items]
    ran: list[list[Stage]] = [[] for _ in items]
    failed: list[tuple[str, str] | None] = [None] * len(items)
    upto = max((i + 1 for i, s in enumerate(pipeline.stages) if s.batch is not None), default=0)
    if len(items) < 2:
        upto = 0
    for i, stage in enumerate(pipeline.stages[:upto]):
        group = [k for k, it in enumerate(items) if it.start <= i and failed[k] is None]
        if stage.batch is not None and len(group) > 1:
            try:
                stage.batch([docs[k] for k in group], resources)
            except Exception:  # noqa: BLE001 - a document makes the batch fail: one by one below finds it
                pass
            else:
                for k in group:
                    ran[k].append(stage)
                continue
        for k in group:
            failed[k] = _run_stage(stage, docs[k], resources)
            if failed[k] is None:
                ran[k].append(stage)
    out = []
    for k, item in enumerate(items):
        for stage in pipeline.stages[max(upto, item.start):]:
            if failed[k] is not None:
                break
            failed[k] = _run_stage(stage, docs[k], resources)
            if failed[k] is None:
                ran[k].append(stage)
        if failed[k] is not None:
            out.append(WorkResult(item.article.id, item.article.origin, [], failed[k]))
            continue
        outputs = []
        for stage in ran[k]:
            owned = [kind for kind in stage.assigns if pipeline.owner(kind) == stage.name]
            spans = [s for kind in owned for s in docs[k].layers.get(kind, [])]
            outputs.append((stage.name, stage.version, spans))
        out.append(WorkResult(item.article.id, item.article.origin, outputs))
    return out


def _run_stage(stage: Stage, doc: Doc, resources: Resources) -> tuple[str, str] | None:
    """Run one stage on one document: None, or (stage, reason) when it failed."""
    try:
        stage.func(doc, resources)
    except Exception as exc:  # one bad document must not stop the batch
        tb = traceback.extract_tb(exc.__traceback__)[-1]
        return stage.name, f"{type(exc).__name__}: {exc} (at {tb.filename.rsplit('/', 1)[-1]}:{tb.lineno})"
    return None


def work_items(store: Store, pipeline: Pipeline, ids: list[str], redo: set[str]) -> list[WorkItem]:
    """The articles of ``ids`` that still need a stage, each with the layers of the stages it keeps.

    Read a few queries a batch (its articles, their stage runs, the kept layers of those that start at one stage),
    not two or three an article: the reading is this process's CPU beside the workers (0.35 s a day, 2015-07-21)
    and, after a merge of people, what the workers wait for."""
    articles = store.get_articles(ids)
    done_of = store.stage_versions_of(list(articles))
    starts: list[tuple[Article, int]] = []
    for article_id in ids:
        article = articles.get(article_id)
        if article is None:
            continue
        done = done_of[article_id]
        start = len(pipeline.stages)
        for s in pipeline.stages:
            if s.name in redo or done.get(s.name) != s.version:
                start = min(start, pipeline.restart_index(s.name))
        if start < len(pipeline.stages):
            starts.append((article, start))
    kept_of: dict[str, list[Span]] = {}
    for start in sorted({start for _a, start in starts if start > 0}):
        kept_of.update(store.stored_spans_of([a.id for a, st in starts if st == start],
                                             [s.name for s in pipeline.stages[:start]]))
    items = []
    for article, start in starts:
        kept: dict[str, list[Span]] = {}
        for span in kept_of.get(article.id, ()):
            kept.setdefault(span.kind, []).append(span)
        items.append(WorkItem(article, start, kept))
    return items


def _discovered(spans: Iterable[Span]) -> list[Entity]:
    out = []
    for s in spans:
        new = s.data.get("new_entity") if s.kind == "mention" else None
        if new:
            out.append(Entity(id=new["id"], type=new.get("type", s.label), name_ar=new.get("name_ar", ""),
                              name_en=new.get("name_en"), aliases=list(new.get("aliases", []))))
    return out


def write_results(store: Store, results: list[WorkResult] | list[StoredResult], owner: str) -> ProcessReport:
    """Store a batch's results in one transaction (and give the claims back).

    One commit per batch, not per article: a commit is a round trip and a log flush on PostgreSQL,
    and a run killed midway still leaves whole articles done or not done.
    """
    report = ProcessReport()
    rows = [r if isinstance(r, StoredResult) else stored(r) for r in results]
    with store.transaction():
        # All the batch's spans in a few statements (one per stage, then all rows), not three per article and stage.
        store.replace_rows_many([(r.article_id, stage, version, spans)
                                 for r in rows for stage, version, spans, _found in r.outputs])
        # An article already in a story was analysed again (relinked after a merge of people or an office change, a
        # new stage version): its story's stored view was computed from the old analysis.
        store.forget_story_views_of([r.article_id for r in rows if r.outputs])
        # The batch's discovered entities in one statement, each id once: a discovered entity never overwrites one
        # stored under its id, so the later ones of an id changed nothing (a day: 23,289 found, 16,853 ids a batch).
        first: dict[str, Entity] = {}
        for r in rows:
            for _stage, _version, _spans, found in r.outputs:
                report.entities_discovered += len(found)
                for e in found:
                    first.setdefault(e.id, e)
        if first:
            store.upsert_entities(first.values(), source="discovered")
        for r in rows:
            report.articles += 1
            report.stage_runs += len(r.outputs)
            if r.error:
                report.failures += 1
                store.add_rejection(Rejection(origin=r.origin, stage=r.error[0], reason=r.error[1],
                                              article_id=r.article_id))
        store.release_claims([r.article_id for r in rows], owner=owner)
    return report


def _analyse_settled(analyser: Analyser, items: list[WorkItem]) -> list[WorkResult]:
    """``analyse_many``; where the heap is settled after the batch, without the cyclic collector meanwhile.

    The stages make almost no reference cycles (a whole day: some 75 objects found by the collector, 1,000
    by its young collections), yet the collector ran about once every 20,000 new objects, some 180 times a day
    (1% of the CPU time), each time for nothing.  ``settle_heap`` after the batch collects what cycles the
    batch left, so memory stays bounded by one batch.
    """
    if not analyser.settle or not gc.isenabled():
        return analyse_many(items, analyser.pipeline, analyser.resources)
    gc.disable()
    try:
        return analyse_many(items, analyser.pipeline, analyser.resources)
    finally:
        gc.enable()


def settle_heap() -> None:
    """Collect the garbage made since the last call, then freeze what is left (``gc.freeze``).

    The models, lexicons and caches a run builds are hundreds of thousands of objects that live as long
    as the run.  Python's cyclic collector scanned all of them again at every full collection, and the
    documents of a batch (which outlive the two younger collections) brought about one a batch: 15% of
    the CPU time of a whole day's ``process`` (24 of 151 s) went there, 3% since.  Frozen objects are never
    scanned again (they are still freed by reference counting), so each call scans only what the last
    batch left.  ``process`` unfreezes everything when it ends.
    """
    gc.collect()
    gc.freeze()


def _analyse_batch(analyser: Analyser, batch: Batch) -> ProcessReport | list[StoredResult]:
    """A worker's task: analyse a batch; write it when the worker has its own store, else return the results
    as the store will write them (``StoredResult``).

    With ``settle``, the cyclic collector stays off from the batch's reading to its results (written or made
    ready to send), and ``settle_heap`` follows.  It was switched back on as soon as the analysis ended: the
    first allocation after it then started a young collection over every object the batch had made, all still
    alive (its documents, tokens and spans), just before ``settle_heap`` collected them again: 34 collections
    of some 18 ms each over a day (2015-07-21, one worker: 0.6 s of 54 s CPU), for nothing."""
    if not analyser.settle:
        return _analyse_batch_now(analyser, batch)
    enabled = gc.isenabled()
    try:
        gc.disable()
        out = _analyse_batch_now(analyser, batch)
    finally:
        if enabled:
            gc.enable()
    settle_heap()
    return out


def _analyse_batch_now(analyser: Analyser, batch: Batch) -> ProcessReport | list[StoredResult]:
    if analyser.store is None:
        return [stored(r) for r in _analyse_settled(analyser, batch.items or [])]
    items = work_items(analyser.store, analyser.pipeline, batch.ids, analyser.redo)
    report = write_results(analyser.store, _analyse_settled(analyser, items), batch.owner)
    analyser.store.release_claims(batch.ids, owner=batch.owner)  # those with nothing left to do
    return report


def _claimed_batches(store: Store, pipeline: Pipeline, opts: ProcessOptions, owner: str,
                     redo: set[str], first: int | None = None) -> Iterator[list[str]]:
    """Batches of ``opts.batch_size`` claimed articles (the first of ``first`` articles when given)."""
    after, left = 0, opts.limit
    while left is None or left > 0:
        size = first or opts.batch_size
        first = None
        size = size if left is None else min(size, left)
        claimed = store.claim_pending(pipeline.versions, owner=owner, limit=size, after_seq=after, redo=redo)
        if not claimed:
            return
        after = claimed[-1][0]
        if left is not None:
            left -= len(claimed)
        yield [aid for _, aid in claimed]


# Articles of the first batch a run analyses in this process before its pool of workers forks (``_process_round``):
# the workers wait meanwhile.
FIRST_BATCH = 16


def process(store: Store, options: ProcessOptions | None = None, pipeline: Pipeline | None = None,
            executor: Executor | None = None) -> ProcessReport:
    """Run the pipeline over pending articles, then the corpus-level steps.

    A corpus step may mark articles for analysis again (the roles learned from the news change how later
    articles link): they are analysed once more in the same run, and the corpus steps run after them.
    ``executor``: run on these workers (a corpus step's ``process`` on the run's own; the caller closes it),
    else on workers made for the run, kept for its second round and its corpus steps.
    """
    opts = options or ProcessOptions()
    thresholds = gc.get_threshold()
    # A young collection every 20,000 new objects instead of 700: a batch makes hundreds of thousands of
    # short-lived objects (tokens, spans), and each young collection also walks the containers they sit in.
    gc.set_threshold(max(thresholds[0], 20_000), *thresholds[1:])
    # A corpus step's own ``process`` (merging people analyses the relinked articles again) leaves the heap the
    # run froze as it is: unfrozen, the run's next ``settle_heap`` scanned it all again (400,000 objects, 0.5 s).
    unfreeze = gc.get_freeze_count() == 0
    workers = _Workers(opts, executor)
    try:
        report = _process_round(store, opts, pipeline, workers)
        if opts.corpus_steps and opts.limit is None and report.pending_after > report.pending_before:
            again = _process_round(store, replace(opts, redo=[]), pipeline, workers)
            report.add(again)
            if again.steps:  # what the first round's steps did stays in the summary; the second's follow it
                report.steps = [*report.steps, f"then, after analysing {counted(again.articles, 'article')} again: "
                                + "; ".join(again.steps)]
    finally:
        workers.close()
        if unfreeze:
            gc.unfreeze()  # what ``settle_heap`` froze here is the collector's again (this process may go on)
        gc.set_threshold(*thresholds)
    return report


class _Workers:
    """The executor of a ``process`` run: the caller's, or one made at the first round that needs a pool and
    kept until the run ends.  The worker processes then serve every round and corpus step (and the analysis
    a corpus step asks for again, e.g. after merging people) with their models loaded and their caches warm:
    a new pool forked from this process, which analyses nothing itself, loaded and warmed them all again,
    and a round of a few articles ran here, loading them in this process too."""

    def __init__(self, opts: ProcessOptions, given: Executor | None) -> None:
        self.opts, self.given, self.made = opts, given, None

    def get(self, total: int) -> Executor:
        if self.given is not None:
            return self.given
        if self.made is None:
            workers = self.opts.workers if self.opts.dask or total > self.opts.batch_size else 1  # a pool is not worth one batch
            executor = make_executor(ExecutorOptions(workers=workers, dask=self.opts.dask))
            if executor.workers == 1 and not executor.distributed:
                return executor  # inline: nothing to keep
            self.made = executor
        return self.made

    def close(self) -> None:
        if self.made is not None:
            self.made.close()
            self.made = None


def _process_round(store: Store, opts: ProcessOptions, pipeline: Pipeline | None, workers: _Workers) -> ProcessReport:
    # Linking also knows the entities users added to this database (`marsad kb add`): they travel with the
    # settings, so no stage opens a connection of its own.
    settings = {**opts.settings, "entities": [*(opts.settings.get("entities") or []), *store.entities_from("user")]}
    # ... and the merges of entities (users' and the merging step's), so a re-run keeps them.
    from marsad.nlp.entity_merge import redirect_targets

    settings.setdefault("redirects", redirect_targets(store))
    # ... and the office holders learned from the news (`marsad roles`).
    from marsad.nlp.learned_roles import learned_roles

    settings.setdefault("learned_roles", [to_dict(r) for r in learned_roles(store.office_changes())])
    pipeline = pipeline or build_pipeline(only=opts.only)
    redo = set(opts.redo)
    unknown = redo - set(pipeline.names)
    if unknown:
        raise PipelineError(f"cannot redo unknown stage(s) {', '.join(sorted(unknown))}; stages: {', '.join(pipeline.names)}")
    total = len(store.pending_articles(pipeline.versions, redo=redo, limit=opts.limit))
    report = ProcessReport()
    owner = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
    executor = workers.get(total)
    # Workers write themselves when the database takes several writers; otherwise results come back here.
    workers_write = store.concurrent_writers and (executor.workers > 1 or executor.distributed)
    analysis = Analysis(pipeline, settings, redo, store.path if workers_write else None,
                        settle=not executor.distributed)
    # A local pool reads its batches in a feeder thread, beside this one writing: give it its own connection.
    reader = open_store(store.path, readonly=True) if executor.workers > 1 and not workers_write else store
    try:
        with progress("process", total=total, enabled=opts.show_progress) as bar:
            # Before a local pool forks, this process analyses a first batch (below), the workers not started yet: a
            # small one (2015-07-21: a batch of 64 was 1.3 of the 1.9 s CPU before the fork, 16 are 0.2 s; loading
            # the models, some 0.6 s, stays), the workers filling their caches from there.
            warm_here = isinstance(executor, ProcessExecutor) and not executor.started and not workers_write
            first_size = min(opts.batch_size, FIRST_BATCH) if warm_here else None

            def batches() -> Iterator[Batch]:
                for ids in _claimed_batches(reader, pipeline, opts, owner, redo, first_size):
                    items = None if workers_write else work_items(reader, pipeline, ids, redo)
                    yield Batch(ids, owner, items)

            todo = batches()
            if warm_here:
                # The first batch is analysed here, before the pool forks: the models it loads and the caches it
                # fills (the words of a day's news recur) are then the workers' too, shared, instead of each
                # worker loading and filling its own from cold.
                first = next(todo, None)
                if first is not None:
                    analyser = analysis.build()
                    report.add(write_results(store, _analyse_batch(analyser, first), owner))
                    store.release_claims(first.ids, owner=owner)
                    bar.advance(len(first.ids))
                    executor.share(analysis, analyser)
            for batch, result in zip_batches(executor, analysis, todo):
                if isinstance(result, ProcessReport):
                    report.add(result)
                else:
                    part = write_results(store, result, owner)
                    report.add(part)
                    store.release_claims(batch.ids, owner=owner)
                bar.advance(len(batch.ids))
        if opts.corpus_steps:
            with store.corpus_lock():
                _wait_for_others(store, owner)
                report.pending_before = len(store.pending_articles(pipeline.versions))
                settle_heap()
                for step in corpus_steps():
                    # The clustering step draws its own bar (it knows its count); the others show what runs.
                    own_bar = getattr(step, "shows_progress", False)
                    with status(step_label(step), enabled=False if own_bar else opts.show_progress):
                        summary = step(store, opts, executor=executor)
                    if summary:
                        report.steps.append(summary)
                    settle_heap()
                report.pending_after = len(store.pending_articles(pipeline.versions))
    finally:
        if reader is not store:
            reader.close()
    return report


def _wait_for_others(store: Store, owner: str, poll: float = 1.0) -> None:
    """Corpus steps read every article's analysis: wait while other processes still hold articles."""
    import time

    while store.claimed_by_others(owner):
        time.sleep(poll)


def zip_batches(executor: Executor, analysis: Analysis, batches: Iterable[Batch]) -> Iterator[tuple[Batch, Any]]:
    """Each batch with its result (the executor keeps their order)."""
    sent: list[Batch] = []

    def feed() -> Iterator[Batch]:
        for b in batches:
            sent.append(b)
            yield b

    for result in executor.map(_analyse_batch, feed(), analysis):
        yield sent.pop(0), result
