"""Following a development: place each article in the story whose articles it matches best, day by day.

Pure placement logic (no store): :class:`Grouper` takes articles' features in
publication order and says which story each joins.  The store-facing clustering
(``cluster``) feeds it and writes its answers.

- *Candidates*: stories sharing an identifying key with the article (a rare
  actor, a headline or lead word, a number) and active within ``window_days``;
  an inverted index makes this a lookup, so the cost per article stays flat as
  the archive grows.
- *Score*: the learned pair probability (:mod:`pairs`) of the article against the
  story's members inside the window, averaged over the best ``top_k``: a funeral
  report matches the first report and the toll update, not the whole story, and
  one chance resemblance with a single member is not enough in a large story.
- *Undated articles* are weak evidence: they join only with a high score, add
  nothing the index or later articles match against, and never name a story.
- *Order*: articles are placed by (day, publication time, id); an article only
  sees what was placed before it, so feeding the days in order gives the same
  partition as clustering everything at once.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from marsad.stories.features import ArticleFeatures, top
from marsad.stories.pairs import PairModel, RARE_ACTOR, pair_features, shipped_model


@dataclass(slots=True)
class GroupOptions:
    """Knobs of placement (``join``/``top_k`` chosen on the development stories, see ``train_pairs``)."""

    join: float = 0.5  # story score (mean of the best pair probabilities) an article needs to join
    undated_join: float = 0.8  # the same for an article without a publication date
    top_k: int = 2
    window_days: int = 4  # members older than this (from the article's day) are not compared
    max_members: int = 30  # most recent members compared per candidate story
    max_candidates: int = 25
    key_terms: int = 8  # top lead/headline terms used as keys


@dataclass(slots=True)
class Story:
    """A story while placing: its dated members (the ones compared) and its span of days."""

    id: str
    seq: int
    members: list[ArticleFeatures] = field(default_factory=list)
    undated: list[str] = field(default_factory=list)
    first_seen: str | None = None
    last_seen: str | None = None

    @property
    def size(self) -> int:
        return len(self.members) + len(self.undated)


def _within(day: str | None, other: str | None, days: int) -> bool:
    if not day or not other:
        return True
    return abs((date.fromisoformat(day) - date.fromisoformat(other)).days) <= days


def keys_of(f: ArticleFeatures, n_terms: int) -> set[str]:
    """The identifying keys of an article: rare actors, top headline/lead terms, numbers, shared facts."""
    keys = {"e:" + k for k, r in f.rarity.items() if r >= RARE_ACTOR - 1}
    keys |= {"t:" + k for k in top(f.lead, n_terms)}
    keys |= {"t:" + k for k in top(f.title_vec, 5)}
    keys |= {"f:" + k for k in f.entities if k.startswith("fact:")}
    return keys


class Grouper:
    """Incremental placement of articles in stories (in memory; the caller persists what it needs)."""

    def __init__(self, model: PairModel | None = None, options: GroupOptions | None = None,
                 new_id=None) -> None:
        self.model = model or shipped_model()
        self.opts = options or GroupOptions()
        self.stories: dict[str, Story] = {}
        self.index: dict[str, set[str]] = defaultdict(set)
        self.story_of: dict[str, str] = {}
        self.merged: dict[str, str] = {}
        self._seq = 0
        self._new_id = new_id or (lambda f: "s-" + f.article_id[:12])

    def resolve(self, sid: str) -> str:
        while sid in self.merged:
            sid = self.merged[sid]
        return sid

    def candidates(self, f: ArticleFeatures) -> list[Story]:
        hits: dict[str, int] = defaultdict(int)
        for k in keys_of(f, self.opts.key_terms):
            for sid in self.index.get(k, ()):
                hits[sid] += 1
        out = []
        for sid, n in sorted(hits.items(), key=lambda kv: (-kv[1], self.stories[kv[0]].seq)):
            s = self.stories[sid]
            if f.published and s.last_seen and not _within(f.date, s.last_seen, self.opts.window_days):
                continue
            out.append(s)
            if len(out) >= self.opts.max_candidates:
                break
        return out

    def story_score(self, f: ArticleFeatures, s: Story) -> float:
        """Mean of the best ``top_k`` pair probabilities of the article with the story's recent members."""
        members = [m for m in s.members[-self.opts.max_members:]
                   if not f.published or _within(f.date, m.date, self.opts.window_days)]
        if not members:
            return 0.0
        probs = sorted((self.model.prob_of(pair_features(f, m)) for m in members), reverse=True)
        k = min(self.opts.top_k, len(probs))
        return sum(probs[:k]) / k

    def add(self, f: ArticleFeatures, copy_of: str | None = None) -> str:
        """Place one article; ``copy_of`` is an already placed article it is a syndicated copy of."""
        best: Story | None = None
        if copy_of and copy_of in self.story_of:
            best = self.stories[self.resolve(self.story_of[copy_of])]
        else:
            scored = [(self.story_score(f, s), -s.seq, s) for s in self.candidates(f)]
            scored.sort(key=lambda t: (t[0], t[1]), reverse=True)
            need = self.opts.join if f.published else self.opts.undated_join
            if scored and scored[0][0] >= need:
                best = scored[0][2]
        if best is None:
            self._seq += 1
            best = Story(self._new_id(f), self._seq)
            self.stories[best.id] = best
        self.story_of[f.article_id] = best.id
        if not f.published:
            best.undated.append(f.article_id)
            return best.id
        best.members.append(f)
        if f.date:
            best.first_seen = min(best.first_seen or f.date, f.date)
            best.last_seen = max(best.last_seen or f.date, f.date)
        for k in keys_of(f, self.opts.key_terms):
            self.index[k].add(best.id)
        return best.id

    def forget_before(self, day: str) -> None:
        """Drop stories last seen before ``day`` from the index (no new article can join them)."""
        gone = {sid for sid, s in self.stories.items() if s.last_seen and s.last_seen < day}
        if not gone:
            return
        for k in list(self.index):
            self.index[k] -= gone
            if not self.index[k]:
                del self.index[k]
        for sid in gone:
            s = self.stories[sid]
            s.members = []  # their features are no longer needed; ids stay in story_of

    def partition(self) -> dict[str, str]:
        """article id → story id."""
        return {a: self.resolve(s) for a, s in self.story_of.items()}


def placement_order(features: list[ArticleFeatures], published_at: dict[str, str | None]) -> list[ArticleFeatures]:
    """Publication order: dated articles by (day, time, id), then undated ones by id."""
    return sorted(features, key=lambda f: (0, published_at.get(f.article_id) or "", f.article_id)
                  if f.published else (1, "", f.article_id))


def horizon(day: str, window_days: int) -> str:
    return (date.fromisoformat(day) - timedelta(days=window_days + 1)).isoformat()
