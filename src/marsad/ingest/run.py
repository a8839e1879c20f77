"""``ingest``: read sources, store raw documents, extract and store articles.

Idempotent: a raw document is keyed by the hash of its bytes and its articles
by (raw id, index), so ingesting the same input twice adds nothing, and an
interrupted run resumes where it stopped when run again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Iterable

from marsad.errors import ExtractionError, InputError
from marsad.extract import ExtractContext, extract
from marsad.extract.sequence import estimate_dates, fetched_page
from marsad.executor import Executor, ExecutorOptions, make_executor
from marsad.ingest.sources import SourceOptions, read_unit, units, walk
from marsad.models import Article, RawDocument, Rejection, counted
from marsad.nlp.timex import STATED_WITHIN
from marsad.progress import progress
from marsad.store import Store, index_fields, open_store


@dataclass(slots=True)
class IngestOptions:
    """Options of an ingest run."""

    sources: SourceOptions = field(default_factory=SourceOptions)
    keep_bytes: bool = True  # keep the raw bytes so articles can be re-extracted later
    batch_size: int = 200
    workers: int = 1  # extraction processes (the calling process stays the only writer)
    dask: str | None = None  # extract on Dask: "local" (a LocalCluster of `workers`) or "tcp://HOST:8786"
    show_progress: bool | None = None  # None: on a terminal only


@dataclass(slots=True)
class IngestReport:
    """What an ingest run did."""

    seen: int = 0
    raw_added: int = 0
    duplicates: int = 0
    articles_added: int = 0
    rejected: int = 0
    rejected_before: int = 0  # rejected again for a reason already recorded (a re-ingest adds no rejection)
    duplicates_rejected: int = 0  # of the duplicates, those whose bytes were rejected when first read
    # (not in the repr: `print(report)` in a notebook printed up to 1,000 of them; `.summary()` counts them)
    rejections: list[Rejection] = field(default_factory=list, repr=False)
    redated: int = 0  # articles dated only by their fetch that their site's sequence dated earlier
    rejected_origins: set[str] = field(default_factory=set, repr=False)  # what this run rejected
    rejected_raw: set[str] = field(default_factory=set, repr=False)  # the raw documents among them
    read_exports: set[str] = field(default_factory=set, repr=False)  # exports, feeds whose rejection was cleared
    left_out: dict[str, list[str]] = field(default_factory=dict)  # files of the folders not read as news, by extension

    def summary(self) -> str:
        again = f" ({self.rejected_before} already recorded)" if self.rejected_before else ""
        redated = (f"; {counted(self.redated, 'undated page')} dated by "
                   f"{'its' if self.redated == 1 else 'their'} site's page numbers") if self.redated else ""
        first = f" ({self.duplicates_rejected} rejected when first read)" if self.duplicates_rejected else ""
        return (f"{counted(self.seen, 'document')} read: {self.raw_added} new, "
                f"{self.duplicates} already stored{first}; "
                f"{counted(self.articles_added, 'article')} added; {self.rejected} rejected{again}{redated}")

    NOTHING_STORED = "nothing stored: every document read was rejected"

    @property
    def all_rejected(self) -> bool:
        """Every document read was rejected (now, before, or its same bytes when first read): nothing is stored.

        A batch of documents already stored is not that: a re-run of an ingest stores nothing and is fine.
        """
        return self.seen > 0 and self.rejected + self.rejected_before + self.duplicates_rejected == self.seen


def ingest(store: Store, paths: list[str], options: IngestOptions | None = None) -> IngestReport:
    """Ingest files, folders, zips, JSON exports, web archives, '-' (stdin) or URLs into ``store``.

    On Dask, each input file (a zip, a WARC archive, a page) is read and extracted by a
    worker; this process writes what comes back, so articles are stored in input order.
    """
    opts = options or IngestOptions()
    passed: dict[str, list[str]] = {}
    if not opts.dask:
        report = ingest_items(store, walk(paths, opts.sources, passed), opts)
        report.left_out = passed
        return report
    report = IngestReport()
    executor = make_executor(ExecutorOptions(workers=opts.workers, dask=opts.dask))
    try:
        with progress("ingest", enabled=opts.show_progress) as bar:
            todo = list(units(paths, opts.sources, passed))
            report.left_out = passed
            for work in executor.map(_extract_unit, todo, UnitReader(store.path, opts.sources)):
                _write(store, work, report, opts)
                bar.advance(len(work))
    finally:
        executor.close()
    if report.articles_added:
        report.redated = redate_by_sequence(store)
    return report


def redate_by_sequence(store: Store) -> int:
    """Date the articles whose only date is their fetch by their site's sequence of page numbers.

    Every article that says when it was fetched draws its site's counter (``marsad.extract.sequence``); one whose
    date is its fetch time (precision "fetched") and whose number places it days earlier takes that day (precision
    "estimated"), and its stages run again. Estimates are redone as later fetches refine the counter. A page whose
    text states its weekday (precision "stated") keeps that weekday, in the estimate's week when the numbers place it
    further back (:func:`stated_near_estimate`). Returns how many articles changed date.
    """
    rows = store.fetch_dated()
    pages = [p for r in rows if (p := fetched_page(r["id"], r["outlet"] or "", r["url"], r["fetched_at"]))]
    estimates = estimate_dates(pages)
    changes = []
    for r in rows:
        if r["date_precision"] == "stated":
            day = stated_near_estimate(r["published_at"], r["fetched_at"], estimates.get(r["id"]))
            if day and day != r["published_at"]:
                changes.append((r["id"], day, "stated"))
            continue
        if r["date_precision"] not in ("fetched", "estimated"):
            continue  # dated by the page, its URL or the record: not ours to move
        day = estimates.get(r["id"])
        want = (day, "estimated") if day else (r["fetched_at"], "fetched")
        if (r["published_at"], r["date_precision"]) != want:
            changes.append((r["id"], *want))
    if changes:
        placed = any(store.story_of_article(article_id) for article_id, _, _ in changes)
        store.redate_articles(changes)
        if placed:
            # Stories place articles in publication order: one moved back in time changes what came before what,
            # so the next `process` clusters again from scratch, as `cluster --rebuild` would.
            store.reset_stories()
    return len(changes)


def stated_near_estimate(stated: str | None, fetched: str | None, estimate: str | None) -> str | None:
    """The day of a page whose text states its weekday ("اليوم (الاثنين)"), told which week by its site's numbers.

    Its text gives the weekday, which ingest places in the days just before the fetch
    (:func:`marsad.nlp.timex.stated_day`); when the site's page numbers put the page further back than that, the
    weekday is read in the estimate's week instead — the day of that weekday nearest the estimate. Without such an
    estimate it is the day before the fetch again (an estimate withdrawn as the counter learns gives the page back).
    None when the dates cannot be read.
    """
    try:
        weekday = date.fromisoformat(stated[:10]).weekday()
        fetch = date.fromisoformat(fetched[:10])
        near = date.fromisoformat(estimate[:10]) if estimate else None
    except (TypeError, ValueError):
        return None
    if near is None or (fetch - near).days <= STATED_WITHIN:
        back = (fetch.weekday() - weekday) % 7
        return (fetch - timedelta(days=back)).isoformat() if 0 < back <= STATED_WITHIN else stated[:10]
    shift = (weekday - near.weekday()) % 7
    return (near + timedelta(days=shift if shift <= 3 else shift - 7)).isoformat()


def ingest_items(store: Store, items: Iterable[RawDocument | Rejection],
                 options: IngestOptions | None = None, executor: Executor | None = None) -> IngestReport:
    """Ingest already-read RawDocuments (and record Rejections) — the core of every source.

    Batches flow through three steps: sort out what is already stored, extract
    (articles plus the text they add to the search index), write.  With several
    workers extraction runs on them while this process reads ahead and writes:
    it stays the only writer, one transaction per batch.
    """
    opts = options or IngestOptions()
    report = IngestReport()
    own = None
    if executor is None:
        own = executor = make_executor(ExecutorOptions(workers=opts.workers, dask=opts.dask))
    # With workers, batches are read and sorted by a feeder thread: it gets its own read-only connection.
    reader = open_store(store.path, readonly=True) if executor.workers > 1 else store
    try:
        with progress("ingest", enabled=opts.show_progress) as bar:
            for work in executor.map(_extract_batch, _batches(reader, items, opts.batch_size), Extraction()):
                _write(store, work, report, opts)
                bar.advance(len(work))
    finally:
        if reader is not store:
            reader.close()
        if own is not None:
            own.close()
    if report.articles_added:
        report.redated = redate_by_sequence(store)
    return report


@dataclass(slots=True)
class Work:
    """One document on its way: read (``item``; ``duplicate`` when already stored, ``was_rejected`` when those
    bytes were rejected then), then extracted."""

    item: RawDocument | Rejection
    duplicate: bool = False
    was_rejected: bool = False
    articles: list[Article] = field(default_factory=list)
    fields: list[tuple[str, str, str]] = field(default_factory=list)  # what each article adds to the search index
    rejection: Rejection | None = None


def _batches(store: Store, items: Iterable[RawDocument | Rejection], size: int) -> Iterable[list[Work]]:
    """Batches of items, each raw document marked when its bytes are already stored with their articles."""
    seen: dict[str, bool] = {}
    batch: list[Work] = []
    for item in items:
        batch.append(_work(store, item, seen))
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _work(store: Store, item: RawDocument | Rejection, seen: dict[str, bool]) -> Work:
    """``item`` on its way; a raw document is marked when its bytes were read before (``seen``: id → rejected).

    Same bytes as before: nothing to do, unless an earlier run died between the two writes.
    """
    if not isinstance(item, RawDocument):
        return Work(item)
    if item.id in seen:
        return Work(item, duplicate=True, was_rejected=seen[item.id])
    stored = store.has_raw(item.id)
    has_articles = stored and bool(store.article_ids_by_raw(item.id))
    rejected = stored and not has_articles and store.was_rejected(item.id)
    seen[item.id] = rejected
    return Work(item, duplicate=has_articles or rejected, was_rejected=rejected)


class Extraction:
    """Recipe: the line statistics of a batch (a site's repeated furniture); each worker keeps its own."""

    def key(self) -> str:
        return "extract-context"

    def build(self) -> ExtractContext:
        return ExtractContext()


def _extract_batch(context: ExtractContext, batch: list[Work]) -> list[Work]:
    for w in batch:
        if isinstance(w.item, RawDocument) and not w.duplicate:
            _extract(w, context)
    return batch


def _extract(w: Work, context: ExtractContext) -> None:
    """Extract one document and the text its articles add to the search index (runs in a worker)."""
    raw = w.item
    url = raw.hints.get("url")
    # a record of an archive or an export is named by its place in it: its page's address says which it was
    page = f"{url}: " if isinstance(url, str) and url and url not in raw.origin else ""
    try:
        w.articles = extract(raw, None, context)
    except (ExtractionError, InputError) as exc:
        w.rejection = Rejection(origin=raw.origin, stage="extract", reason=f"{page}{exc}", raw_id=raw.id)
        return
    except Exception as exc:  # an extractor bug must not sink the batch; keep the reason
        w.rejection = Rejection(origin=raw.origin, stage="extract",
                                reason=f"{page}internal error: {type(exc).__name__}: {exc}", raw_id=raw.id)
        return
    w.fields = [index_fields(a.title, a.text) for a in w.articles]


class UnitReader:
    """Recipe for a distributed ingest: the source options, and a read-only store to skip what is stored."""

    def __init__(self, db: str, sources: SourceOptions) -> None:
        self.db, self.sources = db, sources

    def key(self) -> tuple[str, str]:
        return ("unit-reader", self.db)

    def build(self) -> "Reading":
        return Reading(open_store(self.db, readonly=True), self.sources)


@dataclass(slots=True)
class Reading:
    store: Store
    sources: SourceOptions

    def close(self) -> None:
        self.store.close()


def _extract_unit(reader: Reading, unit: tuple[str, bool]) -> list[Work]:
    """Read and extract one input file on a worker; its documents share one extraction context."""
    context = ExtractContext()
    seen: dict[str, bool] = {}
    out = []
    for item in read_unit(unit, reader.sources):
        w = _work(reader.store, item, seen)
        if isinstance(item, RawDocument) and not w.duplicate:
            _extract(w, context)
        out.append(w)
    return out


def _write(store: Store, work: list[Work], report: IngestReport, opts: IngestOptions) -> None:
    with store.transaction():
        for w in work:
            report.seen += 1
            if isinstance(w.item, Rejection):
                _reject(store, report, w.item)
                continue
            container, _, record = w.item.origin.rpartition("#")  # FILE#3, a record of an export: it was read now
            if container and record.isdigit() and container not in report.rejected_origins \
                    and container not in report.read_exports:
                store.clear_rejection(container, "read")  # (once: not once per record of a big export)
                report.read_exports.add(container)
            feed = w.item.hints.get("feed")  # a page a feed listed: the feed was read now (not refused, not 404)
            if feed and feed not in report.rejected_origins and feed not in report.read_exports:
                for stage in ("read", "fetch"):
                    store.clear_rejection(feed, stage)
                report.read_exports.add(feed)
            if w.duplicate:
                report.duplicates += 1
                if w.was_rejected or w.item.id in report.rejected_raw:  # (or rejected earlier in this run)
                    report.duplicates_rejected += 1
                continue
            if store.add_raw(w.item, keep_bytes=opts.keep_bytes):
                report.raw_added += 1
            if w.rejection is not None:
                _reject(store, report, w.rejection)
                continue
            for stage in ("read", "fetch", "extract"):  # read now: an old reason (empty, refused, 404) no longer holds
                store.clear_rejection(w.item.origin, stage)
            report.articles_added += store.add_articles(w.articles, index=w.fields)


def _reject(store: Store, report: IngestReport, rejection: Rejection) -> None:
    report.rejected_origins.add(rejection.origin)
    if rejection.raw_id:
        report.rejected_raw.add(rejection.raw_id)
    # Rejected again for the reason recorded (a re-ingest): counted apart, not listed again. For another reason
    # (a --map typed wrong the second time), it is listed: «0 rejected (1 already recorded)» hid the new reason.
    if store.has_rejection(rejection.origin, rejection.stage, rejection.reason):
        report.rejected_before += 1
        store.add_rejection(rejection)  # (its document and time are this run's)
        return
    store.add_rejection(rejection)
    report.rejected += 1
    if len(report.rejections) < 1000:
        report.rejections.append(rejection)
