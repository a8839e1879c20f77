"""``process``: run the analysis pipeline over every article not yet processed at the current stage versions.

Articles stream through in batches.  Analysis can run in N worker processes;
the parent process is the single writer, and each batch is one transaction,
so a run killed midway leaves whole articles done or not done and the next run
finishes the rest without duplicates.  A document that makes a stage fail is
recorded as a rejection and the run goes on.
"""

from __future__ import annotations

import multiprocessing as mp
import traceback
from dataclasses import dataclass, field
from typing import Any, Iterable

from marsad.errors import PipelineError
from marsad.models import Article, Doc, Entity, Rejection, Span
from marsad.pipeline.registry import Pipeline, build_pipeline, corpus_steps
from marsad.pipeline.stage import Resources
from marsad.progress import progress
from marsad.store import Store


@dataclass(slots=True)
class ProcessOptions:
    """Options of a ``process`` run."""

    only: list[str] | None = None  # run only these stages (and what they require)
    redo: list[str] = field(default_factory=list)  # re-run these stages even where done
    workers: int = 1
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

    def summary(self) -> str:
        text = (f"{self.articles} articles processed ({self.stage_runs} stage runs), "
                f"{self.failures} failed, {self.entities_discovered} entities discovered")
        return "; ".join([text, *self.steps])


@dataclass(slots=True)
class WorkItem:
    article: Article
    start: int  # index of the first stage to run
    kept: dict[str, list[Span]]  # layers from earlier stages, loaded from the store


@dataclass(slots=True)
class WorkResult:
    article_id: str
    origin: str
    outputs: list[tuple[str, str, list[Span]]]  # (stage, version, spans it owns)
    error: tuple[str, str] | None = None  # (stage, reason)


_worker_state: dict[str, Any] = {}


def _init_worker(pipeline: Pipeline, settings: dict[str, Any]) -> None:
    _worker_state["pipeline"] = pipeline
    _worker_state["resources"] = Resources(settings=settings)


def analyse(item: WorkItem, pipeline: Pipeline | None = None, resources: Resources | None = None) -> WorkResult:
    """Run the stages from ``item.start`` on one article; return what each stage owns."""
    pipeline = pipeline or _worker_state["pipeline"]
    resources = resources or _worker_state["resources"]
    doc = Doc(item.article, {k: list(v) for k, v in item.kept.items()})
    ran = []
    for stage in pipeline.stages[item.start:]:
        try:
            stage.func(doc, resources)
        except Exception as exc:  # one bad document must not stop the batch
            tb = traceback.extract_tb(exc.__traceback__)[-1]
            reason = f"{type(exc).__name__}: {exc} (at {tb.filename.rsplit('/', 1)[-1]}:{tb.lineno})"
            return WorkResult(item.article.id, item.article.origin, [], (stage.name, reason))
        ran.append(stage)
    outputs = []
    for stage in ran:
        owned = [k for k in stage.assigns if pipeline.owner(k) == stage.name]
        spans = [s for k in owned for s in doc.layers.get(k, [])]
        outputs.append((stage.name, stage.version, spans))
    return WorkResult(item.article.id, item.article.origin, outputs)


def _work_items(store: Store, pipeline: Pipeline, ids: list[str], redo: set[str]) -> list[WorkItem]:
    items = []
    for article_id in ids:
        article = store.get_article(article_id)
        if article is None:
            continue
        done = store.stage_versions(article_id)
        start = len(pipeline.stages)
        for i, s in enumerate(pipeline.stages):
            if s.name in redo or done.get(s.name) != s.version:
                start = min(start, pipeline.restart_index(s.name))
        if start >= len(pipeline.stages):
            continue
        earlier = {s.name for s in pipeline.stages[:start]}
        kept: dict[str, list[Span]] = {}
        if earlier:
            for span in store.spans(article_id, stages=earlier, as_stored=True):
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


def _write(store: Store, results: list[WorkResult], report: ProcessReport) -> None:
    with store.transaction():
        for r in results:
            report.articles += 1
            for stage, version, spans in r.outputs:
                store.replace_spans(r.article_id, stage, version, spans)
                report.stage_runs += 1
                found = _discovered(spans)
                if found:
                    report.entities_discovered += store.upsert_entities(found, source="discovered")
            if r.error:
                report.failures += 1
                store.add_rejection(Rejection(origin=r.origin, stage=r.error[0], reason=r.error[1], article_id=r.article_id))


def process(store: Store, options: ProcessOptions | None = None, pipeline: Pipeline | None = None) -> ProcessReport:
    """Run the pipeline over pending articles, then the corpus-level steps."""
    opts = options or ProcessOptions()
    # Linking also knows the entities users added to this database (`marsad kb add`): they travel with the
    # settings, so no stage opens a connection of its own.
    settings = {**opts.settings, "entities": [*(opts.settings.get("entities") or []), *store.entities_from("user")]}
    # ... and the merges of entities (users' and the merging step's), so a re-run keeps them.
    from marsad.nlp.entity_merge import redirect_targets

    settings.setdefault("redirects", redirect_targets(store))
    pipeline = pipeline or build_pipeline(only=opts.only)
    redo = set(opts.redo)
    unknown = redo - set(pipeline.names)
    if unknown:
        raise PipelineError(f"cannot redo unknown stage(s) {', '.join(sorted(unknown))}; stages: {', '.join(pipeline.names)}")
    pending = [aid for _, aid in store.pending_articles(pipeline.versions, redo=redo, limit=opts.limit)]
    report = ProcessReport()
    batches = [pending[i:i + opts.batch_size] for i in range(0, len(pending), opts.batch_size)]
    with progress("process", total=len(pending), enabled=opts.show_progress) as bar:
        if opts.workers > 1 and len(pending) > opts.batch_size:
            ctx = mp.get_context("fork")
            with ctx.Pool(opts.workers, initializer=_init_worker, initargs=(pipeline, settings)) as pool:
                for ids in batches:
                    items = _work_items(store, pipeline, ids, redo)
                    results = pool.map(analyse, items, chunksize=max(1, len(items) // (opts.workers * 2)))
                    _write(store, results, report)
                    bar.advance(len(ids))
        else:
            resources = Resources(settings=settings)
            for ids in batches:
                items = _work_items(store, pipeline, ids, redo)
                _write(store, [analyse(it, pipeline, resources) for it in items], report)
                bar.advance(len(ids))
    if opts.corpus_steps:
        for step in corpus_steps():
            summary = step(store, opts)
            if summary:
                report.steps.append(summary)
    return report
