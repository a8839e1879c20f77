"""Incremental story clustering: each new article joins the story of the reports it matches, or starts one.

Placement is :class:`grouping.Grouper`: an article is scored against the
articles already placed inside the time window that share its identifying keys
(a rare actor, a headline or lead word, a number), with the learned pair model
of :mod:`pairs`; it joins the story of its best matches when they are good
enough.  A syndicated copy joins the story of its original.  When a report bridges a story and a later
development told apart from it, the grouper merges the two and the store marks the younger ``merged_into`` the
older.

Articles are placed in publication order (day, time, id), each seeing only what
was placed before it, so clustering the days one after another gives the
partition ``cluster --rebuild`` gives — on the same analysis: when a later day's entity merges relink an
article already placed (a minister's full name folded into his short one), a rebuild compares it with its new
entity, the placed article stays where it went.  Between runs, the articles inside the
window are read back from the store (their features as kept when they were placed, computed again when their
analysis changed since or the features' code did), so the cost of a run depends on the window and the new
articles, not on the archive.

Each story keeps a centroid (summed term and entity vectors, headline
candidates) for its page: the title is the headline of its most central dated
article.
"""

from __future__ import annotations

import gc
from dataclasses import dataclass, field
from itertools import chain, islice
from typing import Any, Callable

from marsad.executor import Executor, ExecutorOptions, make_executor
from marsad.models import short_id
from marsad.store import Store
from marsad.store.common import now_iso
from marsad.stories.features import (DATE_RE, ArticleFeatures, article_features, decode, dot, encode, features_version,
                                     norm, top)
from marsad.stories.grouping import GroupOptions, Grouper, horizon, placement_key

MAX_HEADS = 40
LAYERS = ("mention", "timex", "event")


@dataclass(slots=True)
class ClusterOptions:
    """How story clustering runs (how articles are matched is in ``group``)."""

    group: GroupOptions = field(default_factory=GroupOptions)
    centroid_terms: int = 120
    batch_size: int = 500
    rebuild: bool = False
    show_progress: bool | None = False
    workers: int = 1  # processes computing article features; placing articles in stories stays in one


@dataclass(slots=True)
class ClusterReport:
    articles: int = 0
    new_stories: int = 0
    joined: int = 0
    merged: int = 0  # stories folded into another: a later development bridged to its story
    split: int = 0  # groups split off a big story: another event chained in through one of its reports

    def summary(self) -> str:
        return (f"stories: {self.articles} articles clustered, {self.new_stories} new stories, "
                f"{self.joined} joined existing ones, {self.merged} merged, {self.split} split off")


@dataclass(slots=True)
class StoryState:
    """A story while clustering: summed member vectors (the centroid), span of days, headline candidates."""

    id: str
    seq: int
    size: int = 0
    first_seen: str | None = None
    last_seen: str | None = None
    terms: dict[str, float] = field(default_factory=dict)
    entities: dict[str, float] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    lead: dict[str, float] = field(default_factory=dict)
    heads: list[list[Any]] = field(default_factory=list)  # [article id, title, {top terms}]
    dirty: bool = False
    norms: tuple[float, float, float] | None = None  # cached norms of (terms, entities, lead)

    def norm_triple(self) -> tuple[float, float, float]:
        if self.norms is None:
            self.norms = (norm(self.terms), norm(self.entities), norm(self.lead))
        return self.norms

    def add(self, f: ArticleFeatures, centroid_terms: int) -> None:
        self.size += 1
        for k, v in f.terms.items():
            self.terms[k] = self.terms.get(k, 0.0) + v
        for k, v in f.entities.items():
            self.entities[k] = self.entities.get(k, 0.0) + v
        for k, name in f.entity_names.items():
            self.names.setdefault(k, name)
        for k, v in f.lead.items():
            self.lead[k] = self.lead.get(k, 0.0) + v
        self.lead = top(self.lead, 60)
        self.terms = top(self.terms, centroid_terms)
        self.entities = top(self.entities, 60)
        self.names = {k: v for k, v in self.names.items() if k in self.entities}
        self.norms = None
        if f.date:
            self.first_seen = min(self.first_seen or f.date, f.date)
            self.last_seen = max(self.last_seen or f.date, f.date)
        if f.title and f.published and len(self.heads) < MAX_HEADS:  # undated articles never name a story
            self.heads.append([f.article_id, f.title, top(f.terms, 10)])
        self.dirty = True

    def absorb(self, other: "StoryState", centroid_terms: int) -> None:
        self.size += other.size
        for k, v in other.terms.items():
            self.terms[k] = self.terms.get(k, 0.0) + v
        for k, v in other.entities.items():
            self.entities[k] = self.entities.get(k, 0.0) + v
        self.names.update({k: v for k, v in other.names.items() if k not in self.names})
        for k, v in other.lead.items():
            self.lead[k] = self.lead.get(k, 0.0) + v
        self.lead = top(self.lead, 60)
        self.terms = top(self.terms, centroid_terms)
        self.entities = top(self.entities, 60)
        self.norms = None
        for d in (other.first_seen, other.last_seen):
            if d:
                self.first_seen = min(self.first_seen or d, d)
                self.last_seen = max(self.last_seen or d, d)
        self.heads = (self.heads + other.heads)[:MAX_HEADS]
        self.dirty = True

    def remove(self, fs: list[ArticleFeatures], centroid_terms: int) -> None:
        """Take members out (a group split off): their vectors are subtracted from what the centroid kept."""
        gone = {f.article_id for f in fs}
        self.size = max(0, self.size - len(fs))
        for f in fs:
            for mine, theirs in ((self.terms, f.terms), (self.entities, f.entities), (self.lead, f.lead)):
                for k, v in theirs.items():
                    if k in mine:
                        mine[k] -= v
                        if mine[k] <= 1e-9:
                            del mine[k]
        self.names = {k: v for k, v in self.names.items() if k in self.entities}
        self.heads = [h for h in self.heads if h[0] not in gone]
        self.norms = None
        self.dirty = True

    def title(self) -> str:
        """The headline of the most central dated article (closest to the centroid)."""
        terms = self.terms
        nt = norm(terms)  # (once, not once a head: ``cosine(h[2], terms)`` computed with it, the same floats)

        def central(ih: tuple[int, list[Any]]) -> tuple[float, int]:
            i, h = ih
            d = dot(h[2], terms)
            if not d:
                return 0.0, -i
            na = norm(h[2])
            return round(d / (na * nt) if na and nt else 0.0, 6), -i  # (ties: the earlier head)

        best = max(enumerate(self.heads), key=central, default=None)
        return best[1][1] if best else ""


def story_id_for(f: ArticleFeatures) -> str:
    return "s-" + short_id("story", f.article_id, length=12)


# Articles per task when the features are computed on a pool of workers (``cluster``).
POOL_BATCH = 100


class Clusterer:
    """Places articles with a :class:`Grouper` and keeps the store's stories in step."""

    def __init__(self, store: Store, options: ClusterOptions | None = None) -> None:
        self.store = store
        self.opts = options or ClusterOptions()
        self.grouper = Grouper(options=self.opts.group, new_id=story_id_for)
        self.cache: dict[str, StoryState] = {}
        self.report = ClusterReport()
        self.day: str | None = None
        self.grouped: set[str] | None = None  # articles known to have a syndication group (None: not looked up)
        # the window's features not kept in the store yet (placed in this run, or computed again by ``resume``):
        # kept at the end of the run (``keep_window``), those of articles the window has left dropped on the way
        self.unkept: dict[str, ArticleFeatures] = {}

    def expect(self, article_ids: list[str]) -> None:
        """Look up at once which of the next articles have a syndication group: the others have no copy to follow
        (most articles), and need no query each."""
        self.grouped = set(self.store.syndication_groups(article_ids)) if article_ids else set()

    def resume(self) -> None:
        """Read back what the window holds: the placed articles new ones may be compared with.

        The window ends on the day of the latest *dated* article placed, as in a rebuild at this point: an undated
        article is given the day its text cites most (a festival on the 20th), which widens its story's
        ``last_seen`` but never moves the window; ending it there would read back an empty window, and every
        later run would place its articles apart from the stories they continue (issue 14)."""
        g = self.grouper
        g._seq = self.store.max_story_seq()
        latest = self.store.latest_placed_day()
        if not latest or not DATE_RE.match(latest):
            return
        rows = self.store.placed_since(horizon(latest[:10], self.grouper.window))
        ids = [r["article_id"] for r in rows]
        seqs = {r["article_id"]: r["seq"] for r in rows}  # (the order of ingestion breaks ties between the
        # articles compared with a new one, as in a rebuild)
        feats: dict[str, ArticleFeatures] = {}
        version = features_version()
        for chunk in range(0, len(ids), 500):
            part = ids[chunk:chunk + 500]
            # Their features as kept by the run that placed them; computed again (and kept at the end of this run)
            # for those without (a store of an earlier version, an article analysed or dated again since): the same
            # features either way.
            for aid, data in self.store.story_features_of(part, version).items():
                try:
                    feats[aid] = decode(data)
                except (ValueError, TypeError, KeyError):
                    pass
            todo = [aid for aid in part if aid not in feats]
            if not todo:
                continue
            articles = self.store.brief_articles(todo)
            spans = self.store.spans_of(todo, LAYERS)
            for aid in todo:
                a = articles.get(aid)
                if a is not None and a.text.strip():
                    feats[aid] = self.unkept[aid] = article_features(a, spans.get(aid, []), seqs[aid])
        for r in rows:
            f = feats.get(r["article_id"])
            if f is not None and f.published:
                g.restore(f, r["story_id"], r["story_seq"])
        self.day = latest[:10]

    def keep_window(self) -> None:
        """Keep the features of the window's articles for the next run's ``resume`` (those it reads back: dated
        ones, published inside the window), and drop those kept for articles the window has left.

        Only at the end of a run, not as each article is placed: a rebuild of months would encode (about half a
        millisecond an article) and store (some 3 kB an article) the features of every article, when the next run
        reads back only the last days'."""
        if not self.day:
            return
        edge = horizon(self.day, self.grouper.window)
        version = features_version()
        rows = []
        for aid, f in self.unkept.items():
            if f.published and f.date and f.date >= edge:
                try:
                    rows.append((aid, version, encode(f)))
                except TypeError:  # a value the encoding does not know: computed again when read back
                    pass
        with self.store.transaction():
            self.store.save_story_features(rows)
            self.store.forget_story_features_before(edge)
        self.unkept = {}

    def load(self, story_id: str) -> StoryState:
        if story_id not in self.cache:
            r = self.store.get_story(story_id)
            if r is None:
                s = StoryState(story_id, self.grouper.stories[story_id].seq)
            else:
                c = r["centroid"]
                s = StoryState(r["id"], r["seq"], r["size"], r["first_seen"], r["last_seen"], c.get("terms", {}),
                               c.get("entities", {}), c.get("names", {}), c.get("lead", {}), c.get("heads", []))
            self.cache[story_id] = s
        return self.cache[story_id]

    def add(self, f: ArticleFeatures) -> str:
        """Place one article; returns its story id."""
        if f.published and f.date != self.day:
            self.day = f.date
            edge = horizon(f.date, self.grouper.window)
            self.grouper.forget_before(edge)
            self.unkept = {k: v for k, v in self.unkept.items() if not (v.published and v.date and v.date < edge)}
        copy = self.store.copy_story(f.article_id) if self.grouped is None or f.article_id in self.grouped else None
        copy_seq = 0
        if copy and copy not in self.grouper.stories:
            row = self.store.get_story(copy)
            copy_seq = row["seq"] if row else 0
        known = len(self.grouper.stories)
        self.unkept[f.article_id] = f
        sid = self.grouper.add(f, copy_story=copy, copy_seq=copy_seq)
        self.report.articles += 1
        if self.grouper.merges:
            known -= len(self.grouper.merges)
            for gone, gone_seq, into in self.grouper.merges:
                self.merge(gone, gone_seq, into)
        for new, new_seq, source, moved in self.grouper.splits:
            known += 1
            self.split(new, source, moved, f.article_id)
        if len(self.grouper.stories) > known:
            self.report.new_stories += 1
        else:
            self.report.joined += 1
        story = self.load(sid)
        story.add(f, self.opts.centroid_terms)
        self.store.place_article(f.article_id, sid, seq=f.seq, score=round(self.grouper.last_score, 4), keys=[],
                                 last_seen=story.last_seen or "")
        return sid

    def merge(self, gone: str, gone_seq: int, into: str) -> None:
        """Fold a story the grouper merged into another (a later development bridged to its story)."""
        if gone in self.cache:
            other = self.cache.pop(gone)
        else:
            r = self.store.get_story(gone)
            c = r["centroid"] if r else {}
            other = StoryState(gone, gone_seq, r["size"] if r else 0, r["first_seen"] if r else None,
                               r["last_seen"] if r else None, c.get("terms", {}), c.get("entities", {}),
                               c.get("names", {}), c.get("lead", {}), c.get("heads", []))
        self.load(into).absorb(other, self.opts.centroid_terms)
        self.store.merge_story(gone, gone_seq=gone_seq, into=into)
        self.report.merged += 1

    def split(self, new: str, source: str, moved: list[str], placing: str) -> None:
        """Move a group the grouper split off a story to its new story (``placing``, the article being placed,
        is not in any story's centroid yet)."""
        moved = [a for a in moved if a != placing]
        fs = [self.grouper.features[a] for a in moved]
        old = self.load(source)
        old.remove(fs, self.opts.centroid_terms)
        st = self.grouper.stories[source]
        if st.last_seen:
            old.first_seen, old.last_seen = st.first_seen, st.last_seen
        story = self.load(new)
        for f in fs:
            story.add(f, self.opts.centroid_terms)
        self.store.move_articles(moved, new)
        self.report.split += 1

    def flush(self) -> None:
        """Write changed stories back; forget those no new article can join."""
        stamp = now_iso()
        for s in self.cache.values():
            if not s.dirty:
                continue
            centroid = {"terms": {k: round(v, 5) for k, v in s.terms.items()},
                        "entities": {k: round(v, 5) for k, v in s.entities.items()},
                        "lead": {k: round(v, 5) for k, v in s.lead.items()},
                        "names": s.names, "heads": s.heads}
            self.store.save_story(s.id, seq=s.seq, title=s.title(), size=s.size, first_seen=s.first_seen,
                                  last_seen=s.last_seen, centroid=centroid, updated_at=stamp)
            s.dirty = False
        if self.day:
            edge = horizon(self.day, self.grouper.window)
            for sid in [k for k, s in self.cache.items() if s.last_seen and s.last_seen < edge]:
                del self.cache[sid]


def reset(store: Store) -> None:
    """Forget all stories (``marsad cluster --rebuild``)."""
    store.reset_stories()


def cluster(store: Store, options: ClusterOptions | None = None,
            on_batch: Callable[[int], None] | None = None, executor: Executor | None = None) -> ClusterReport:
    """Place the articles not yet in a story (all of them after ``rebuild``), in publication order.

    Features (terms, entities, dates, facts) are computed per batch of articles — on the ``executor``'s workers,
    or in ``workers`` local processes; placing each article in a story is sequential, here, so the result is the
    same either way.  An interrupted run resumes with the articles it had not placed.
    """
    from marsad.progress import progress

    opts = options or ClusterOptions()
    if opts.rebuild:
        reset(store)
    last = store.step_position("cluster_seq")
    todo = store.articles_to_place(after_seq=last)
    c = Clusterer(store, opts)
    if not todo:
        return c.report  # nothing to place: reading the window back would be wasted
    c.resume()
    todo.sort(key=lambda t: placement_key(t[1], t[2]))
    own = None
    if executor is None or len(todo) <= opts.batch_size:  # a pool is not worth one batch
        own = executor = make_executor(ExecutorOptions(workers=opts.workers if len(todo) > opts.batch_size else 1))
    batches = [[(seq, aid) for seq, aid, _ in todo[i:i + opts.batch_size]]
               for i in range(0, len(todo), opts.batch_size)]
    # On a pool, each batch's features are computed in parts, placed here as they come: the last batch's articles
    # were placed after the workers were done, one batch of 500 (some 0.4 s) while they waited.  The batches, and so
    # what is written when, are the same either way (a merged story keeps the centroid of its last batch).
    size = len(todo) if executor.workers == 1 and not executor.distributed else POOL_BATCH
    parts = [[b[i:i + size] for i in range(0, len(b), size)] for b in batches]
    # The window's features (hundreds of thousands of dicts and sets) live across batches: Python's cyclic
    # collector scanned them all again at every full collection, and a batch's short-lived objects brought several
    # (14 of 92 s CPU over all of SaudiNewsNet).  A young collection every 20,000 new objects instead of 700, and
    # after each batch what is left is frozen (never scanned again, still freed by reference counting; nothing
    # here makes cycles), as ``pipeline.runner.settle_heap`` does for the analysis.
    thresholds = gc.get_threshold()
    gc.set_threshold(max(thresholds[0], 20_000), *thresholds[1:])
    unfreeze = gc.get_freeze_count() == 0  # (inside ``process``, the runner unfreezes what it froze, at its end)
    try:
        results = executor.map(_features_batch, [p for ps in parts for p in ps], StoreReader(store.path))
        with progress("stories", total=len(todo), enabled=opts.show_progress) as bar:
            for batch, ps in zip(batches, parts):
                # The collector is off while a batch is placed (its automatic collections scanned the batch's
                # features, all alive, for nothing: 2015-07-21, one worker, 29 collections, 0.24 s); what it
                # leaves is frozen after it.
                enabled = gc.isenabled()
                try:
                    gc.disable()
                    # the batch's first part is awaited before the write lock is taken; the lock is then held while
                    # the other parts come (a second or so a batch with two workers): another writer of the file
                    # waits that long, well inside its busy timeout
                    first = next(results)
                    with store.transaction():
                        for features in chain((first,), islice(results, len(ps) - 1)):
                            c.expect([f.article_id for _, _, f in features if f is not None])
                            for _, _, f in features:  # already in publication order
                                if f is not None:
                                    c.add(f)
                            del features
                        c.flush()
                finally:
                    if enabled:
                        gc.enable()
                # Frozen without a collection first: placing makes no cycles (a day's six collections found no
                # garbage, and scanned the batch's features 0.3 s for it); should one be made, it is collected once
                # the run unfreezes the heap.
                gc.freeze()
                bar.advance(len(batch))
                if on_batch:
                    on_batch(len(batch))
        c.keep_window()
        if todo:
            store.set_step_position("cluster_seq", max(last, max(seq for seq, _, _ in todo)))
    finally:
        gc.set_threshold(*thresholds)
        if unfreeze:
            gc.unfreeze()
        if own is not None:
            own.close()
    return c.report


class StoreReader:
    """Recipe: a read-only handle on the store, opened once per worker."""

    def __init__(self, path: str) -> None:
        self.path = path

    def key(self) -> tuple[str, str]:
        return ("store-reader", self.path)

    def build(self) -> Store:
        from marsad.store import open_store

        return open_store(self.path, readonly=True)


def _features_batch(store: Store, batch: list[tuple[int, str]]) -> list[tuple[int, str | None, ArticleFeatures | None]]:
    """(seq, published_at, features) for a batch of (seq, article id); None for an empty article."""
    ids = [aid for _, aid in batch]
    articles = store.brief_articles(ids)
    spans = store.spans_of(ids, LAYERS)
    out = []
    for seq, aid in batch:
        a = articles.get(aid)
        if a is None:
            continue
        out.append((seq, a.published_at, article_features(a, spans.get(aid, []), seq) if a.text.strip() else None))
    return out


def cluster_step(store: Store, options: Any = None, executor: Executor | None = None) -> str:
    """Corpus step (registered in ``pipeline.registry.CORPUS_STEPS``): cluster new articles into stories."""
    opts = ClusterOptions(workers=getattr(options, "workers", 1) or 1, show_progress=getattr(options, "show_progress", None))
    return cluster(store, opts, executor=executor).summary()


cluster_step.shows_progress = True  # type: ignore[attr-defined]  # its own bar, with the count of articles placed
