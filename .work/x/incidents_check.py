"""A second look at join time: is this member the same incident, or another incident of the same kind?

The pair model (:mod:`pairs`) says whether two articles are about one event; it learned from the development
stories, where a story's neighbouring news is rarely in the candidate set.  On the home pages the strays are a
topic's or a place's neighbouring news: another bombing in the same country, another relief plane to the same
city, another session of the same market.  The pair model is as sure of those pairs as of a story's own follow-ups
(median 0.99), because both share the topic's words.

This check is a small logistic regression over what tells two incidents of one kind apart — numbers that differ
(tolls, counts), names and places each headline has and the other never mentions, different days named in the
text, different coded event types — together with the pair model's own logit, trained on the pairs that readers
marked on home pages (``train_incidents``: main-event member × main-event member = same; stray × main-event member =
different; strays of one marked event = same).  At join time a member whose pair scores under ``incident_bar``
vouches for nothing (``GroupOptions.incident_bar``), like a member reporting another match or delivery.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from marsad.stories.features import ArticleFeatures, dot
from marsad.stories.pairs import PairModel, _days, _days_named, _unexplained, names_conflict, pair_features

INCIDENT_FEATURES = (
    "bias",
    "pair_logit",  # the pair model's logit, scaled by 1/10 and clipped to [-1, 1]
    "numbers_disjoint",  # both state numbers in headline and lead, none in common (another toll, another count)
    "numbers_shared",  # numbers both state, up to 3, scaled
    "unexplained_max",  # share of one headline's rarer words the other never uses (worst side)
    "unexplained_min",  # ... (best side): both headlines name something the other never does
    "names_conflict",  # each headline names a person or place the other article never mentions
    "places_apart",  # both leads name places, neither headline or lead names the other's (any country)
    "places_shared",  # both leads name places and share one
    "days_apart",  # both name the days they report on, none in common
    "days_shared",  # days both cite besides their own dates
    "events_disjoint",  # both code event types in their lead, none in common
    "actors_apart",  # both name identifying actors, none in common
    "actors_jaccard",  # identifying actors in common over those either names
    "title",  # headline cosine
    "lead",  # headline + lead cosine
    "gap",  # days apart, capped at 7, scaled
    "same_outlet",
)


def _places_apart(a: ArticleFeatures, b: ArticleFeatures) -> tuple[float, float]:
    if not a.lead_places or not b.lead_places:
        return 0.0, 0.0
    hit = (any(k in b.head_places or w & b.head_vocab for k, w in a.lead_places)
           or any(k in a.head_places or w & a.head_vocab for k, w in b.lead_places))
    return (0.0, 1.0) if hit else (1.0, 0.0)


def pair_logit(a: ArticleFeatures, b: ArticleFeatures, model: PairModel) -> float:
    return sum(w * v for w, v in zip(model.weights, pair_features(a, b)))


def incident_features(a: ArticleFeatures, b: ArticleFeatures, z: float) -> list[float]:
    """The feature vector of a pair, in the order of :data:`INCIDENT_FEATURES` (``z``: the pair model's logit)."""
    shared_numbers = len(a.numbers & b.numbers)
    ua, ub = _unexplained(a, b), _unexplained(b, a)
    apart, shared_place = _places_apart(a, b)
    da, db = _days_named(a), _days_named(b)
    own = {a.date, b.date}
    cited = len((set(a.event_dates) & set(b.event_dates)) - own) if a.event_dates and b.event_dates else 0
    union = len(a.actors | b.actors)
    common = len(a.actors & b.actors)
    gap = min(7, _days(a.date, b.date)) if a.date and b.date else 7
    return [
        1.0,
        max(-1.0, min(1.0, z / 10)),
        1.0 if a.numbers and b.numbers and not shared_numbers else 0.0,
        min(3, shared_numbers) / 3,
        max(ua, ub),
        min(ua, ub),
        1.0 if names_conflict(a, b) else 0.0,
        apart,
        shared_place,
        1.0 if da and db and not (da & db) else 0.0,
        min(3, cited) / 3,
        1.0 if a.events and b.events and not (a.events & b.events) else 0.0,
        1.0 if a.actors and b.actors and not common else 0.0,
        common / union if union else 0.0,
        dot(a.title_vec, b.title_vec),
        dot(a.lead, b.lead),
        gap / 7,
        1.0 if a.outlet and a.outlet == b.outlet else 0.0,
    ]


@dataclass(slots=True)
class IncidentModel:
    """Logistic regression weights over :data:`INCIDENT_FEATURES`."""

    weights: list[float]

    def probability(self, a: ArticleFeatures, b: ArticleFeatures, z: float) -> float:
        """Same incident?  ``z``: the pair model's logit of the pair (:func:`pair_logit`)."""
        z = sum(w * v for w, v in zip(self.weights, incident_features(a, b, z)))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=1)
def shipped_incident_model() -> IncidentModel | None:
    """The check trained by ``python -m marsad.stories.train_incidents`` (``data/incident_model.json``), if any."""
    try:
        text = (resources.files("marsad.stories") / "data" / "incident_model.json").read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return None
    data = json.loads(text)
    if data["features"] != list(INCIDENT_FEATURES):
        raise RuntimeError("stories/data/incident_model.json was trained on other features; retrain it with "
                           "`python -m marsad.stories.train_incidents`")
    return IncidentModel(data["weights"])
