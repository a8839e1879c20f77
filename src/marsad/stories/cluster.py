"""Incremental story clustering: each new article joins the best existing story or starts a new one.

An article is compared with *candidate* stories only: those sharing one of its
top terms or entities in the inverted index ``story_postings`` whose last day
falls inside the time window.  Candidate lookup is one indexed query, so adding
an article costs the same in a 100-article store and a 100,000-article archive.

The score of an article against a story combines what it says (cosine of
TF-IDF term vectors with the story centroid), who it is about (cosine of linked
entity vectors, when the NER layer is there) and when (distance in days from the
story's span).  A copy of an article already in a story (same syndication group)
joins that story.  When an article scores high with two stories whose centroids
are also close, the younger story is merged into the older one.

Articles are taken in store order (``seq``), ties are broken by story creation
order, so the same input in the same order always gives the same stories;
``cluster(store, ClusterOptions(rebuild=True))`` starts from scratch.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Callable

from marsad.executor import Executor, ExecutorOptions, make_executor
from marsad.models import short_id
from marsad.store import Store, now_iso
from marsad.stories.features import ArticleFeatures, article_features, cosine, dot, norm, top


UNDATED = "9999-12-31"  # last_seen of index entries of undated stories: always inside the window


@dataclass(slots=True)
class ClusterOptions:
    """Knobs of story clustering (defaults tuned on the SaudiNewsNet evaluation set and the seeds)."""

    threshold: float = 0.33  # combined similarity an article needs to join a story
    merge_threshold: float = 0.55  # centroid similarity of two stories an article joins both of, to merge them
    window_days: int = 3  # an article joins only stories active within this many days of it
    entity_weight: float = 0.4  # share of the entity cosine in the score when both sides have entities
    lead_weight: float = 0.5  # share of the headline-and-lead cosine within the text part of the score
    query_keys: int = 15  # top terms/entities of an article used to find candidate stories
    posting_keys: int = 12  # top terms/entities of an article added to the index for its story
    max_candidates: int = 30
    centroid_terms: int = 120
    batch_size: int = 500
    max_cached: int = 20000  # stories kept in memory between batches (those inside the window, normally)
    rebuild: bool = False
    show_progress: bool | None = False
    workers: int = 1  # processes computing article features; placing articles in stories stays in one


@dataclass(slots=True)
class ClusterReport:
    articles: int = 0
    new_stories: int = 0
    joined: int = 0
    merged: int = 0

    def summary(self) -> str:
        return (f"stories: {self.articles} articles clustered, {self.new_stories} new stories, "
                f"{self.joined} joined existing ones, {self.merged} merges")


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
        if f.title and len(self.heads) < 12:
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
        self.heads = (self.heads + other.heads)[:12]
        self.dirty = True

    def title(self) -> str:
        """The headline closest to the centroid (the most representative one)."""
        best = max(self.heads, key=lambda h: (round(cosine(h[2], self.terms), 6), -self.heads.index(h)), default=None)
        return best[1] if best else ""


def _days(a: str, b: str) -> int:
    return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)


def _gap(f: ArticleFeatures, s: StoryState) -> int:
    """Days between the article and the story's span (0 inside it, or when either is undated)."""
    if not f.date or not s.first_seen or not s.last_seen:
        return 0
    if s.first_seen <= f.date <= s.last_seen:
        return 0
    return min(_days(f.date, s.first_seen), _days(f.date, s.last_seen))


def score(f: ArticleFeatures, s: StoryState, opts: ClusterOptions) -> float:
    """How well an article fits a story, in [0, 1] (0 outside the time window)."""
    gap = _gap(f, s)
    if gap > opts.window_days:
        return 0.0
    # article vectors are L2-normalised; the story's norms are cached
    nt, ne, nl = s.norm_triple()
    sim = dot(f.terms, s.terms) / nt if nt else 0.0
    if f.lead and nl:
        sim = (1 - opts.lead_weight) * sim + opts.lead_weight * dot(f.lead, s.lead) / nl
    if f.entities and s.entities and ne:
        sim = (1 - opts.entity_weight) * sim + opts.entity_weight * dot(f.entities, s.entities) / ne
    return sim * (1.0 - 0.25 * gap / max(1, opts.window_days))


def story_similarity(a: StoryState, b: StoryState, opts: ClusterOptions) -> float:
    """How alike two stories' centroids are (same mix of terms and entities as :func:`score`)."""
    sim = cosine(a.terms, b.terms)
    if a.lead and b.lead:
        sim = (1 - opts.lead_weight) * sim + opts.lead_weight * cosine(a.lead, b.lead)
    if a.entities and b.entities:
        sim = (1 - opts.entity_weight) * sim + opts.entity_weight * cosine(a.entities, b.entities)
    return sim


class Clusterer:
    """Stateful incremental clustering over one store (state lives in the store; this caches it)."""

    def __init__(self, store: Store, options: ClusterOptions | None = None) -> None:
        self.store = store
        self.opts = options or ClusterOptions()
        self.cache: dict[str, StoryState] = {}
        self.report = ClusterReport()
        self._next_seq: int | None = None
        self.latest: str | None = None  # the latest article day seen: stories older than the window leave the cache

    # -- state ------------------------------------------------------------------

    def load(self, story_id: str) -> StoryState | None:
        if story_id in self.cache:
            return self.cache[story_id]
        r = self.store.get_story(story_id)
        if r is None or r["merged_into"]:
            return None
        c = r["centroid"]
        s = StoryState(r["id"], r["seq"], r["size"], r["first_seen"], r["last_seen"], c.get("terms", {}),
                       c.get("entities", {}), c.get("names", {}), c.get("lead", {}), c.get("heads", []))
        self.cache[story_id] = s
        return s

    def flush(self) -> None:
        """Write changed stories back; keep the cache bounded."""
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
        if self.latest:  # stories no new article can join any more
            horizon = (date.fromisoformat(self.latest) - timedelta(days=self.opts.window_days + 1)).isoformat()
            for sid in [k for k, s in self.cache.items() if s.last_seen and s.last_seen < horizon]:
                del self.cache[sid]
        if len(self.cache) > self.opts.max_cached:
            by_age = sorted(self.cache.values(), key=lambda s: (s.last_seen or "", s.seq))
            for s in by_age[: len(self.cache) - self.opts.max_cached // 2]:
                del self.cache[s.id]

    def next_story_seq(self) -> int:
        if self._next_seq is None:
            self._next_seq = self.store.max_story_seq()
        self._next_seq += 1
        return self._next_seq

    # -- candidates ---------------------------------------------------------------

    def keys(self, f: ArticleFeatures, n: int) -> list[str]:
        terms = ["t:" + k for k in top(f.terms, n)]
        ents = ["e:" + k for k in top(f.entities, max(3, n // 3))]
        return terms + ents

    def candidates(self, f: ArticleFeatures, group_story: str | None) -> list[StoryState]:
        keys = self.keys(f, self.opts.query_keys)
        since = None
        if f.date:
            # one index range per key; undated stories carry UNDATED, which sorts after every date
            since = (date.fromisoformat(f.date) - timedelta(days=self.opts.window_days)).isoformat()
        ids = self.store.story_candidates(keys, since=since, limit=self.opts.max_candidates)
        if group_story and group_story not in ids:
            ids.append(group_story)
        out = []
        for sid in ids:
            s = self.load(sid)
            if s is not None:
                out.append(s)
        return out

    def group_story(self, article_id: str) -> str | None:
        """The story of an earlier copy of this article (same syndication group), if any."""
        story = self.store.copy_story(article_id)
        return self.resolve(story) if story else None

    def resolve(self, story_id: str) -> str:
        """Follow merges to the surviving story."""
        seen = set()
        while story_id not in seen:
            seen.add(story_id)
            row = self.store.get_story(story_id)
            if row is None or not row["merged_into"]:
                return story_id
            story_id = row["merged_into"]
        return story_id

    # -- adding -------------------------------------------------------------------

    def add(self, f: ArticleFeatures) -> str:
        """Place one article; returns its story id."""
        opts = self.opts
        gstory = self.group_story(f.article_id)
        scored = []
        for s in self.candidates(f, gstory):
            sc = 1.0 if s.id == gstory else score(f, s, opts)
            scored.append((sc, -s.seq, s))
        scored.sort(key=lambda t: (t[0], t[1]), reverse=True)
        self.report.articles += 1
        if scored and scored[0][0] >= opts.threshold:
            best_score, _, best = scored[0]
            self.report.joined += 1
        else:
            best_score = 1.0
            best = StoryState(id="s-" + short_id("story", f.article_id, length=12), seq=self.next_story_seq())
            self.cache[best.id] = best
            self.report.new_stories += 1
            scored = []
        best.add(f, opts.centroid_terms)
        self.store.place_article(f.article_id, best.id, seq=f.seq, score=round(best_score, 4),
                                 keys=self.keys(f, opts.posting_keys), last_seen=best.last_seen or UNDATED)
        if f.date and (self.latest is None or f.date > self.latest):
            self.latest = f.date
        for sc, _, other in scored[1:]:
            if sc >= opts.threshold and other.id != best.id and story_similarity(best, other, opts) >= opts.merge_threshold:
                best = self.merge(best, other)
        return best.id

    def merge(self, a: StoryState, b: StoryState) -> StoryState:
        """Fold the younger of two stories into the older one; returns the survivor."""
        keep, gone = (a, b) if a.seq < b.seq else (b, a)
        keep.absorb(gone, self.opts.centroid_terms)
        self.store.merge_story(gone.id, gone_seq=gone.seq, into=keep.id)
        self.cache.pop(gone.id, None)
        self.report.merged += 1
        return keep


def reset(store: Store) -> None:
    """Forget all stories (``marsad cluster --rebuild``)."""
    store.reset_stories()


def cluster(store: Store, options: ClusterOptions | None = None,
            on_batch: Callable[[int], None] | None = None, executor: Executor | None = None) -> ClusterReport:
    """Cluster the articles not yet in a story (all of them after ``rebuild``), in store order.

    Features (terms, entities, dates, facts) are computed per batch of articles — on
    the ``executor``'s workers, or in ``workers`` local processes; placing each article
    in a story is sequential, here, so the result is the same either way.
    """
    from marsad.progress import progress

    opts = options or ClusterOptions()
    if opts.rebuild:
        reset(store)
    last = store.step_position("cluster_seq")
    total = store.article_count(after_seq=last)
    c = Clusterer(store, opts)
    batches = list(_id_batches(store, last, opts.batch_size))
    own = None
    if executor is None or total <= opts.batch_size:  # a pool is not worth one batch
        own = executor = make_executor(ExecutorOptions(workers=opts.workers if total > opts.batch_size else 1))
    try:
        results = executor.map(_features_batch, batches, StoreReader(store.path))
        with progress("cluster", total=total, enabled=opts.show_progress) as bar:
            for batch, features in zip(batches, results):
                # Within a batch, articles are placed in publication order (undated ones last, then store
                # order): an archive ingested file by file is replayed as the news came out.
                with store.transaction():
                    for _, _, f in sorted(features, key=lambda x: (x[1] or "~", x[0])):
                        if f is not None:
                            c.add(f)
                    last = max(seq for seq, _ in batch)
                    c.flush()
                    store.set_step_position("cluster_seq", last)
                bar.advance(len(batch))
                if on_batch:
                    on_batch(len(batch))
    finally:
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
    spans = store.spans_of(ids, ("mention", "timex"))
    out = []
    for seq, aid in batch:
        a = articles.get(aid)
        if a is None:
            continue
        out.append((seq, a.published_at, article_features(a, spans.get(aid, []), seq) if a.text.strip() else None))
    return out


def _id_batches(store: Store, after: int, size: int) -> list[list[tuple[int, str]]]:
    pairs = store.article_seqs(after_seq=after)
    return [pairs[i:i + size] for i in range(0, len(pairs), size)]


def cluster_step(store: Store, options: Any = None, executor: Executor | None = None) -> str:
    """Corpus step (registered in ``pipeline.registry.CORPUS_STEPS``): cluster new articles into stories."""
    return cluster(store, ClusterOptions(workers=getattr(options, "workers", 1) or 1), executor=executor).summary()
