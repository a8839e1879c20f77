"""Which coded events are shown by default: a learned check of how likely an event is read as right.

The coder emits every event it can code; some are doubtful (a party it could not place, a
long sentence, an actor carried over from another clause).  A logistic regression over the
event's own fields (:func:`event_features`), trained on events read by hand
(``eval/judgements/snn_events_*.tsv``, :mod:`marsad.nlp.events.train_shown`), gives each event
``shown_score``, the estimated chance that a reader judges it right; events at or above the
model's threshold get ``shown: true``.  ``marsad events``, the API and the web UI list only
those by default and all of them on request (``--all``, ``?all=1``).

Without a model file every event is shown.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

MODEL_PATH = Path(__file__).with_name("data") / "shown_filter.json"
# Kinds of event never shown by default, whatever the model says: a judgement word in a statement coded
# as criticism ("أكد تفهمه قلق الرياض") was right for 1 of 11 read on SaudiNewsNet — a stance, not an act.
UNSHOWN_PATTERNS = frozenset({"criticism"})
# Events in longer spans (several sentences the splitter could not cut, where one clause's parties get
# mixed with another's) are never shown by default: 5 of 17 such events read were right.
MAX_SHOWN_SPAN = 350


def _bucket(x: float, edges: tuple[float, ...]) -> int:
    return sum(x >= e for e in edges)


def _label(party: dict[str, Any] | None) -> str:
    if not party:
        return "none"
    eid = str(party.get("entity_id") or "")
    known = "kb" if eid and not eid.startswith("new:") else "new"
    return f"{party.get('label') or '?'}-{known}"


def event_features(event_type: str, data: dict[str, Any]) -> list[str]:
    """The features of one coded event (its type and the fields the coder stored with it).

    Few and coarse on purpose: the filter learns from a few hundred judged events.
    """
    actor, recipient = _label(data.get("actor")), _label(data.get("recipient"))
    s = data.get("sentence") or [0, 0]
    left = int(data.get("parties_left_out") or 0)
    feats = [
        f"length={_bucket(s[1] - s[0], (120, 220, 350))}", f"left_out={min(left, 2)}",
        f"actor={'none' if actor == 'none' else actor.split('-')[1]}", f"recipient={recipient}",
        f"actor_from={data.get('actor_from') or 'none'}", f"assault={event_type == 'ASSAULT'}",
        f"modality={data.get('modality')}",
    ]
    if data.get("forces_unplaced"):
        feats.append("forces_unplaced")
    if data.get("detector") is not None:
        feats.append("detected")
    return feats


@dataclass(slots=True)
class ShownFilter:
    """A logistic regression over :func:`event_features` and the score from which an event is shown."""

    bias: float
    weights: dict[str, float] = field(default_factory=dict)
    threshold: float = 0.5
    trained_on: str = ""

    def score(self, event_type: str, data: dict[str, Any]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in event_features(event_type, data))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self) -> dict[str, Any]:
        return {"bias": self.bias, "threshold": self.threshold, "trained_on": self.trained_on,
                "weights": {k: round(v, 5) for k, v in sorted(self.weights.items()) if abs(v) > 1e-6}}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "ShownFilter":
        return cls(bias=float(d["bias"]), weights={k: float(v) for k, v in d.get("weights", {}).items()},
                   threshold=float(d.get("threshold", 0.5)), trained_on=str(d.get("trained_on", "")))


@lru_cache(maxsize=1)
def load_shown_filter(path: Path = MODEL_PATH) -> ShownFilter | None:
    """The shipped filter, or None when there is no model file (then every event is shown)."""
    if not path.exists():
        return None
    return ShownFilter.from_json(json.loads(path.read_text(encoding="utf-8")))


def mark_shown(event_type: str, data: dict[str, Any], model: ShownFilter | None) -> None:
    """Set ``shown_score`` and ``shown`` on an event's data (``shown`` is True without a model, except
    for the kinds in ``UNSHOWN_PATTERNS`` and spans longer than ``MAX_SHOWN_SPAN``)."""
    s = data.get("sentence") or [0, 0]
    if data.get("pattern") in UNSHOWN_PATTERNS or s[1] - s[0] > MAX_SHOWN_SPAN:
        data["shown"] = False
        return
    if model is None:
        data["shown"] = True
        return
    p = model.score(event_type, data)
    data["shown_score"] = round(p, 3)
    data["shown"] = p >= model.threshold


def is_shown(data: dict[str, Any]) -> bool:
    """Whether a stored event is shown by default (events stored before the filter existed are)."""
    return bool(data.get("shown", True))


__all__ = ["ShownFilter", "event_features", "load_shown_filter", "mark_shown", "is_shown"]
