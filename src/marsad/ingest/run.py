"""``ingest``: read sources, store raw documents, extract and store articles.

Idempotent: a raw document is keyed by the hash of its bytes and its articles
by (raw id, index), so ingesting the same input twice adds nothing, and an
interrupted run resumes where it stopped when run again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from marsad.errors import ExtractionError, InputError
from marsad.extract import extract
from marsad.ingest.sources import SourceOptions, walk
from marsad.models import Article, RawDocument, Rejection
from marsad.progress import progress
from marsad.store.sqlite import SQLiteStore


@dataclass(slots=True)
class IngestOptions:
    """Options of an ingest run."""

    sources: SourceOptions = field(default_factory=SourceOptions)
    keep_bytes: bool = True  # keep the raw bytes so articles can be re-extracted later
    batch_size: int = 200
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


def ingest(store: SQLiteStore, paths: list[str], options: IngestOptions | None = None) -> IngestReport:
    """Ingest files, folders, zips, JSON exports, '-' (stdin) or URLs into ``store``."""
    return ingest_items(store, walk(paths, (options or IngestOptions()).sources), options)


def ingest_items(store: SQLiteStore, items: Iterable[RawDocument | Rejection],
                 options: IngestOptions | None = None) -> IngestReport:
    """Ingest already-read RawDocuments (and record Rejections) — the core of every source."""
    opts = options or IngestOptions()
    report = IngestReport()
    context = _extract_context()
    batch: list[RawDocument | Rejection] = []
    with progress("ingest", enabled=opts.show_progress) as bar:
        for item in items:
            batch.append(item)
            if len(batch) >= opts.batch_size:
                _flush(store, batch, report, opts, context)
                bar.advance(len(batch))
                batch = []
        if batch:
            _flush(store, batch, report, opts, context)
            bar.advance(len(batch))
    return report


def _extract_context():
    try:
        from marsad.extract import ExtractContext  # type: ignore[attr-defined]
    except ImportError:
        return None
    return ExtractContext()


def _flush(store: SQLiteStore, batch: list[RawDocument | Rejection], report: IngestReport,
           opts: IngestOptions, context) -> None:
    with store.transaction():
        for item in batch:
            report.seen += 1
            if isinstance(item, Rejection):
                _reject(store, report, item)
                continue
            if store.has_raw(item.id):
                # Same bytes as before: nothing to do, unless an earlier run died between the two writes.
                if store.article_ids_by_raw(item.id) or _was_rejected(store, item):
                    report.duplicates += 1
                    continue
            else:
                store.add_raw(item, keep_bytes=opts.keep_bytes)
                report.raw_added += 1
            try:
                articles: list[Article] = extract(item, None, context)
            except (ExtractionError, InputError) as exc:
                _reject(store, report, Rejection(origin=item.origin, stage="extract", reason=str(exc), raw_id=item.id))
                continue
            except Exception as exc:  # an extractor bug must not sink the batch; keep the reason
                _reject(store, report, Rejection(origin=item.origin, stage="extract",
                                                 reason=f"internal error: {type(exc).__name__}: {exc}", raw_id=item.id))
                continue
            store.clear_rejection(item.origin, "extract")
            report.articles_added += store.add_articles(articles)


def _was_rejected(store: SQLiteStore, raw: RawDocument) -> bool:
    return bool(store.query("SELECT 1 FROM rejections WHERE raw_id = ? LIMIT 1", (raw.id,)))


def _reject(store: SQLiteStore, report: IngestReport, rejection: Rejection) -> None:
    store.add_rejection(rejection)
    report.rejected += 1
    if len(report.rejections) < 1000:
        report.rejections.append(rejection)
