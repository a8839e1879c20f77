"""The story development set (``../shared/gold/stories_dev.json``): labels, the frozen part, scores.

Only references (urls) and labels are read from the gold file; articles come
from SaudiNewsNet through ``../shared/tools/saudi_subset.py``.

*Frozen part*: whole confusable groups (and single stories) are taken in the
order of a hash of their first story id, as long as the total stays at most
:data:`FROZEN_STORIES`; distractors by a hash of their url.  It was fixed before
any tuning and is scored only when the code stops changing for a round.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import subprocess
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FROZEN_STORIES = 6
FROZEN_DISTRACTOR_SHARE = 0.3
BACKGROUND = 3000  # the held-out evaluation mixes its ~400 labelled articles with about this many others


@dataclass(slots=True)
class Gold:
    """Story labels by url (None for a distractor), the stories' metadata and the frozen part."""

    labels: dict[str, str | None]
    stories: dict[str, dict[str, Any]]
    frozen_stories: frozenset[str] = frozenset()
    frozen_distractors: frozenset[str] = frozenset()

    def part(self, frozen: bool) -> dict[str, str | None]:
        """The labels of the frozen (or the development) part."""
        return {u: s for u, s in self.labels.items()
                if ((s in self.frozen_stories) if s else (u in self.frozen_distractors)) == frozen}


def _h(text: str) -> str:
    return hashlib.sha256(("marsad-stories-frozen:" + text).encode("utf-8")).hexdigest()


def load_gold(path: str | Path) -> Gold:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    stories = {s["id"]: s for s in data["stories"]}
    labels = {x["url"]: x["story"] for x in data["labels"]}
    # confusable groups (transitively closed), each frozen or not as a whole
    group: dict[str, set[str]] = {sid: {sid} for sid in stories}
    for sid, s in stories.items():
        for other in s.get("confusable_with") or []:
            merged = group[sid] | group[other]
            for m in merged:
                group[m] = merged
    units = sorted({frozenset(g) for g in group.values()}, key=lambda g: _h(min(g)))
    frozen: set[str] = set()
    for unit in units:
        if len(frozen) + len(unit) <= FROZEN_STORIES:
            frozen |= unit
    distractors = {u for u, s in labels.items() if s is None
                   and int(_h(u)[:8], 16) / 0xFFFFFFFF < FROZEN_DISTRACTOR_SHARE}
    return Gold(labels, stories, frozenset(frozen), frozenset(distractors))


def build_subset(shared: Path, out: Path, background: int = BACKGROUND) -> None:
    """The labelled articles plus ``background`` others, with the shared tool (same sample as elsewhere)."""
    tool = shared / "tools" / "saudi_subset.py"
    subprocess.run([sys.executable, str(tool), str(shared / "data" / "saudinewsnet"), str(out), str(background),
                    str(shared / "gold" / "stories_dev.json")], check=True, stdout=subprocess.DEVNULL)


@dataclass(slots=True)
class Scores:
    pairwise: tuple[float, float, float]
    bcubed: tuple[float, float, float]
    shares: dict[str, tuple[int, int]] = field(default_factory=dict)  # story → (largest share, members)
    missing: int = 0

    def line(self) -> str:
        p, r, f = self.pairwise
        bp, br, bf = self.bcubed
        return f"pairwise P {p:.3f} R {r:.3f} F1 {f:.3f}; B-cubed P {bp:.3f} R {br:.3f} F1 {bf:.3f}"

    def shares_line(self) -> str:
        return " ".join(f"{k}:{a}/{b}" for k, (a, b) in sorted(self.shares.items()))


def score(labels: dict[str, str | None], pred: dict[str, str]) -> Scores:
    """Pairwise and B-cubed P/R/F1 over the labelled articles (as ``score_stories_gold.py`` counts them)."""
    items = [u for u in labels if u in pred]
    missing = len(labels) - len(items)

    def g(u: str) -> str:
        return labels[u] or "null:" + u

    tp = fp = fn = 0
    for a, b in itertools.combinations(items, 2):
        gs, ps = g(a) == g(b), pred[a] == pred[b]
        tp += gs and ps
        fp += ps and not gs
        fn += gs and not ps
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    gc: dict[str, set[str]] = defaultdict(set)
    pc: dict[str, set[str]] = defaultdict(set)
    for u in items:
        gc[g(u)].add(u)
        pc[pred[u]].add(u)
    n = max(1, len(items))
    bp = sum(len(gc[g(u)] & pc[pred[u]]) / len(pc[pred[u]]) for u in items) / n
    br = sum(len(gc[g(u)] & pc[pred[u]]) / len(gc[g(u)]) for u in items) / n
    bf = 2 * bp * br / (bp + br) if bp + br else 0.0
    shares = {}
    for sid in sorted({s for s in labels.values() if s}):
        mem = [u for u in items if labels[u] == sid]
        if mem:
            counts: dict[str, int] = defaultdict(int)
            for u in mem:
                counts[pred[u]] += 1
            shares[sid] = (max(counts.values()), len(mem))
    return Scores((p, r, f), (bp, br, bf), shares, missing)
