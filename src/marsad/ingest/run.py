"""``ingest``: read sources, store raw documents, extract and store articles.

Idempotent: a raw document is keyed by the hash of its bytes and its articles
by (raw id, index), so ingesting the same input twice adds nothing, and an
interrupted run resumes where it stopped when run again.
"""

from __future__ import annotations

import multiprocessing as mp
import threading
from dataclasses import dataclass, field
from typing import Iterable

from marsad.errors import ExtractionError, InputError
from marsad.extract import ExtractContext, extract
from marsad.ingest.sources import SourceOptions, walk
from marsad.models import Article, RawDocument, Rejection
from marsad.progress import progress
from marsad.store import Store, index_fields, open_store


@dataclass(slots=True)
class IngestOptions:
    """Options of an ingest run."""

    sources: SourceOptions = field(default_factory=SourceOptions)
    keep_bytes: bool = True  # keep the raw bytes so articles can be re-extracted later
    batch_size: int = 200
    workers: int = 1  # extraction processes (the calling process stays the only writer)
    show_progress: bool | None = None  # None: on a terminal only


@dataclass(slots=True)
class IngestReport:
    """What an ingest run did."""

    seen: int = 0
    raw_added: int = 0
    duplicates: int = 0
    articles_added: int = 0
    rejected: int = 0
    rejections: list[Rejection] = field(default_factory=list)

    def summary(self) -> str:
        return (f"{self.seen} documents read: {self.raw_added} new, {self.duplicates} already stored; "
                f"{self.articles_added} articles added; {self.rejected} rejected")


def ingest(store: Store, paths: list[str], options: IngestOptions | None = None) -> IngestReport:
    """Ingest files, folders, zips, JSON exports, '-' (stdin) or URLs into ``store``."""
    return ingest_items(store, walk(paths, (options or IngestOptions()).sources), options)


def ingest_items(store: Store, items: Iterable[RawDocument | Rejection],
                 options: IngestOptions | None = None) -> IngestReport:
    """Ingest already-read RawDocuments (and record Rejections) — the core of every source.

    Batches flow through three steps: sort out what is already stored, extract
    (articles plus the text they add to the search index), write.  With
    ``workers > 1`` extraction runs in worker processes while this process
    reads ahead and writes: it stays the only writer, one transaction per batch.
    """
    opts = options or IngestOptions()
    report = IngestReport()
    with progress("ingest", enabled=opts.show_progress) as bar:
        if opts.workers > 1:
            # The pool's feeder thread reads and sorts batches; it gets its own read-only connection.
            reader = open_store(store.path, readonly=True)
            in_flight = threading.Semaphore(2 * opts.workers + 1)  # read ahead a little, never the whole input

            def bounded() -> Iterable[list[Work]]:
                for batch in _batches(reader, items, opts.batch_size):
                    in_flight.acquire()
                    yield batch

            with mp.get_context("fork").Pool(opts.workers, initializer=_init_worker) as pool:
                for work in pool.imap(_prepare_batch, bounded()):
                    _write(store, work, report, opts)
                    in_flight.release()
                    bar.advance(len(work))
            reader.close()
        else:
            _init_worker()
            for work in map(_prepare_batch, _batches(store, items, opts.batch_size)):
                _write(store, work, report, opts)
                bar.advance(len(work))
    return report


# One unit of work: (item, is_duplicate); after extraction: (item, is_duplicate, articles, index fields, rejection).
Work = tuple


def _batches(store: Store, items: Iterable[RawDocument | Rejection], size: int) -> Iterable[list[Work]]:
    """Batches of items, each raw document marked when its bytes are already stored with their articles."""
    seen: set[str] = set()
    batch: list[Work] = []
    for item in items:
        dup = False
        if isinstance(item, RawDocument):
            # Same bytes as before: nothing to do, unless an earlier run died between the two writes.
            dup = item.id in seen or (store.has_raw(item.id) and bool(
                store.article_ids_by_raw(item.id) or _was_rejected(store, item)))
            seen.add(item.id)
        batch.append((item, dup))
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


_context: dict[str, ExtractContext] = {}


def _init_worker() -> None:
    # Line statistics of the batch (a site's repeated furniture); each worker keeps its own.
    _context["batch"] = ExtractContext()


def _prepare_batch(batch: list[Work]) -> list[Work]:
    return [(item, dup, *(_prepare(item) if isinstance(item, RawDocument) and not dup else ([], [], None)))
            for item, dup in batch]


def _prepare(raw: RawDocument) -> tuple[list[Article], list[tuple[str, str, str]], Rejection | None]:
    """Extract one document and the text its articles add to the search index (runs in a worker)."""
    try:
        articles = extract(raw, None, _context["batch"])
    except (ExtractionError, InputError) as exc:
        return [], [], Rejection(origin=raw.origin, stage="extract", reason=str(exc), raw_id=raw.id)
    except Exception as exc:  # an extractor bug must not sink the batch; keep the reason
        return [], [], Rejection(origin=raw.origin, stage="extract",
                                 reason=f"internal error: {type(exc).__name__}: {exc}", raw_id=raw.id)
    return articles, [index_fields(a.title, a.text) for a in articles], None


def _write(store: Store, work: list[Work], report: IngestReport, opts: IngestOptions) -> None:
    with store.transaction():
        for item, dup, articles, fields, rejection in work:
            report.seen += 1
            if isinstance(item, Rejection):
                _reject(store, report, item)
                continue
            if dup:
                report.duplicates += 1
                continue
            if store.add_raw(item, keep_bytes=opts.keep_bytes):
                report.raw_added += 1
            if rejection is not None:
                _reject(store, report, rejection)
                continue
            store.clear_rejection(item.origin, "extract")
            report.articles_added += store.add_articles(articles, index=fields)


def _was_rejected(store: Store, raw: RawDocument) -> bool:
    return store.was_rejected(raw.id)


def _reject(store: Store, report: IngestReport, rejection: Rejection) -> None:
    store.add_rejection(rejection)
    report.rejected += 1
    if len(report.rejections) < 1000:
        report.rejections.append(rejection)
