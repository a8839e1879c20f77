"""Are two articles about the same event?  A learned score over what identifies an event.

The features of a pair say who (shared named actors, weighted by how rare their
names are), where and what (headline and lead wording, shared numbers and
checkable facts such as a toll, coded event types), and when (days apart,
dates cited by both) — shared generic vocabulary alone counts little: the body
cosine is one feature among many, and the model learns how much it is worth.

The model is a logistic regression trained on the SaudiNewsNet development
stories (``train_pairs``: pairs inside a story are positives; a member against a
distractor, another story or a background article it was retrieved with are
negatives).  Its weights ship as ``data/pair_model.json``; scoring is plain
Python (no numpy in the inner loop: one pair is a few dozen multiplications).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources
from operator import mul

from marsad.stories.features import ArticleFeatures, country_of, dot

FEATURES = (
    "bias",
    "terms",  # cosine of the body TF-IDF vectors
    "lead",  # cosine of the headline + lead vectors
    "title",  # cosine of the headline vectors
    "entities",  # cosine of the entity vectors (actors weighted by rarity, plus shared facts)
    "rare_actor",  # IDF of the rarest actor both name, scaled to about [0, 1]
    "actors",  # log(1 + actors both name whose name is not a common word)
    "facts",  # checkable facts both state (a toll, a duration)
    "numbers",  # numbers both state in headline and lead
    "days_cited",  # days both cite in their time expressions (besides their own date)
    "events",  # event types both code in their lead
    "same_day",
    "gap",  # days between the two, capped at 7, scaled to [0, 1]
    "undated",  # either has no publication date
    "same_outlet",
    "lead_x_actor",  # lead cosine when they share a rare actor: what and who together
    "title_x_lead",
    "title_unexplained",  # share of the rarer headline words of one that the other never uses (worst side)
    "days_apart",  # both name the days they report on, and no day in common (two days' weather, two matches)
)

RARE_ACTOR = 5.0  # an actor whose name's rarest word has an IDF at least this names something specific
MAX_GAP = 7


@lru_cache(maxsize=4096)
def _day_number(day: str) -> int:
    return date.fromisoformat(day).toordinal()


def _days(a: str, b: str) -> int:
    return abs(_day_number(a) - _day_number(b))


def pair_features(a: ArticleFeatures, b: ArticleFeatures) -> list[float]:
    """The feature vector of a pair, in the order of :data:`FEATURES`."""
    # (what neither shares is not looked at: most pairs share no actor, no fact and no cited day — the same
    # values as the generators over empty sets gave)
    rarity = a.rarity
    shared = (rarity.keys() & b.rarity.keys()) if rarity and b.rarity else ()
    if shared:
        rarest = max(rarity[k] for k in shared)
        rare_actors = sum(1 for k in shared if rarity[k] >= RARE_ACTOR)
    else:
        rarest, rare_actors = 0.0, 0
    both = (a.entities.keys() & b.entities.keys()) if a.entities and b.entities else ()
    facts = sum(1 for k in both if k.startswith("fact:")) if both else 0
    lead = dot(a.lead, b.lead)
    title = dot(a.title_vec, b.title_vec)
    cited = len((set(a.event_dates) & set(b.event_dates)) - {a.date, b.date}) \
        if a.event_dates and b.event_dates else 0
    dated = a.published and b.published
    # an undated article's day is the one its text cites most, when it cites one
    gap = min(MAX_GAP, _days(a.date, b.date)) if a.date and b.date else MAX_GAP // 2
    rare_scaled = max(0.0, min(1.0, (rarest - 3.0) / 6.0))
    terms = dot(a.terms, b.terms)
    return [
        1.0,
        terms,
        lead,
        title,
        dot(a.entities, b.entities),
        rare_scaled,
        math.log1p(rare_actors),
        min(2, facts) / 2,
        min(3, len(a.numbers & b.numbers)) / 3,
        min(3, cited) / 3,
        min(2, len(a.events & b.events)) / 2,
        1.0 if dated and gap == 0 else 0.0,
        gap / MAX_GAP,
        0.0 if dated else 1.0,
        1.0 if a.outlet and a.outlet == b.outlet else 0.0,
        lead * rare_scaled,
        title * lead,
        max(_unexplained(a, b), _unexplained(b, a)),
        1.0 if a.event_dates and b.event_dates and (named := _days_named(a)) and (other := _days_named(b))
        and not (named & other) else 0.0,  # (no day cited, none named)
    ]


def wording(a: ArticleFeatures, b: ArticleFeatures, weights: tuple[float, ...]) -> float:
    """How alike two articles are worded: ``weights`` times their body, headline + lead and headline cosines and the
    headline x lead product (the pair features "terms", "lead", "title", "title_x_lead"), then, when given, times the
    share of one headline's rarer words the other never uses ("title_unexplained") and the days between them
    ("gap"): a member of days before whose headline words the article never uses vouches for less."""
    lead, title = dot(a.lead, b.lead), dot(a.title_vec, b.title_vec)
    out = weights[0] * dot(a.terms, b.terms) + weights[1] * lead + weights[2] * title + weights[3] * (title * lead)
    unexplained, apart = (tuple(weights[4:]) + (0.0, 0.0))[:2]
    if unexplained:
        out += unexplained * max(_unexplained(a, b), _unexplained(b, a))
    if apart:
        gap = min(MAX_GAP, _days(a.date, b.date)) if a.date and b.date else MAX_GAP // 2
        out += apart * gap / MAX_GAP
    return out


def shared_marks(a: ArticleFeatures, b: ArticleFeatures) -> set[str]:
    """The identifying elements two articles share: marks of one's headline and lead (rare words, rare words of
    names, specific numbers) that the other states in its headline and lead or uses anywhere in its text."""
    out = a.marks & b.marks
    out |= {m for m in a.marks - out if m in b.vocab}
    out |= {m for m in b.marks - out if m in a.vocab}
    return out


def identified(a: ArticleFeatures, b: ArticleFeatures) -> bool:
    """Do two articles share something that identifies an event — a rare actor, a checkable fact, a rare word or a
    specific number?  Shared generic vocabulary (currencies, "the kingdom", "prices") never is."""
    if not a.actors.isdisjoint(b.actors):
        return True
    if a.entities and b.entities and any(k.startswith("fact:") for k in a.entities.keys() & b.entities.keys()):
        return True
    # whether :func:`shared_marks` finds any, asked in C without building the sets: a mark of both, or a mark of one
    # the other uses anywhere
    marks, other = a.marks, b.marks
    return not (marks.isdisjoint(other) and marks.isdisjoint(b.vocab) and other.isdisjoint(a.vocab))


def names_conflict(a: ArticleFeatures, b: ArticleFeatures) -> bool:
    """Does each headline name a place or person the other article never mentions?  Two same-kind reports of
    different places or people (the Red Crescent's counts in two regions, two hospitals' Eid visits, two
    employers' job offers) share all their wording but what identifies them."""
    return (any(t not in b.vocab for t in a.title_names) and any(t not in a.vocab for t in b.title_names))


def _names_place(f: ArticleFeatures, key: str, words: frozenset[str]) -> bool:
    return key in f.head_places or bool(words & f.head_vocab)


def places_conflict(a: ArticleFeatures, b: ArticleFeatures, country: str | None = None) -> bool:
    """Do two articles report from different places?  Each headline or lead names a town, city or province (of
    ``country``, when given) and neither headline nor lead names any of the other's: the Red Crescent's counts of
    two provinces, fires in two towns.  Countries do not count (in a lead they are often who reacts, not where),
    nor does a place named further down (the next stop of a tour, the background)."""
    pa = [(k, w) for k, w in a.lead_places if country is None or country_of(k) == country]
    pb = [(k, w) for k, w in b.lead_places if country is None or country_of(k) == country]
    if not pa or not pb:
        return False
    return not (any(_names_place(b, k, w) for k, w in pa) or any(_names_place(a, k, w) for k, w in pb))


def _days_named(f: ArticleFeatures) -> set[str]:
    """The days an article's time expressions name (its own day too, when it says "today")."""
    return {d for d in f.event_dates if len(d) == 10}


def _unexplained(a: ArticleFeatures, b: ArticleFeatures) -> float:
    """How much of what ``a``'s headline names (its words rarer than news filler) ``b`` never mentions:
    the same king receiving two different visitors shares everything but the visitor."""
    if not a.title_rare:
        return 0.0
    total = missing = 0.0
    vocab = b.vocab
    for t, w in a.title_rare:
        total += w
        if t not in vocab:
            missing += w
    return missing / total if total else 0.0


@dataclass(slots=True)
class PairModel:
    """Logistic regression weights over :data:`FEATURES`."""

    weights: list[float]
    threshold: float = 0.5  # story score an article needs to join a story (chosen in training)
    top_k: int = 2  # how many of its best pair probabilities with a story's members are averaged
    window_days: int = 4  # days around an article its candidates came from in training

    def probability(self, a: ArticleFeatures, b: ArticleFeatures) -> float:
        return self.prob_of(pair_features(a, b))

    def prob_of(self, x: list[float]) -> float:
        z = sum(map(mul, self.weights, x))  # (the same float sum as over a list of the products)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self) -> str:
        return json.dumps({"features": list(FEATURES), "weights": [round(w, 6) for w in self.weights],
                           "threshold": self.threshold,
                           "top_k": self.top_k, "window_days": self.window_days}, indent=1)


@lru_cache(maxsize=1)
def shipped_model() -> PairModel:
    """The pair model trained by ``python -m marsad.stories.train_pairs`` (``data/pair_model.json``)."""
    data = json.loads((resources.files("marsad.stories") / "data" / "pair_model.json").read_text(encoding="utf-8"))
    if data["features"] != list(FEATURES):
        raise RuntimeError("stories/data/pair_model.json was trained on other pair features; "
                           "retrain it with `python -m marsad.stories.train_pairs`")
    return PairModel(data["weights"], data.get("threshold", 0.5), data.get("top_k", 2), data.get("window_days", 4))
