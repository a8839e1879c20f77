"""How a story of a page store was put together: each member's placement step, for finding why a story pools events.

    python eval/stories_trace.py DB STORY_ID[,STORY_ID...] [--options JSON]

``DB`` is a store built by ``eval/home_pages.py --work``.  Places its articles in publication order with the
shipped placement (``--options``: GroupOptions fields of a candidate) and prints, for each final story asked for,
in placement order: each member's step (a story of its own, a syndicated copy, or joined with its score, the
members of the story it matched best with their pair probabilities, and the next candidate stories), and the
merges (bridges) and chain splits that moved articles into or out of the story.  With ``--why``, each joined
member's best pair also says what carried it: the pair features adding most to its score (weight times value) and
what the two share that identifies an event (``pairs.identified``: actors, facts, marks), so a stray can be put
down to a mechanism (shared wording, a shared actor, a number ...).  To the terminal only: the headlines stay in
../shared; judgements keep ids and verdicts (eval/judgements/).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field


@dataclass(slots=True)
class Step:
    """One article's placement: the story it went to and how."""

    article_id: str
    date: str | None
    title: str
    story: str
    copy_of: str | None = None
    score: float | None = None  # its best candidate story's score (joined when at least the bar to join)
    new: bool = False  # it started a story of its own (no candidate reached the bar, or none at all)
    via: list[tuple[float, str, str]] = field(default_factory=list)  # (pair probability, member id, headline)
    why: list[str] = field(default_factory=list)  # for the best pair: what carried it (see :func:`why`)
    candidates: list[tuple[float, str]] = field(default_factory=list)  # (score, story id), best first
    merges: list[tuple[str, str]] = field(default_factory=list)  # (gone, into)
    splits: list[tuple[str, str, list[str]]] = field(default_factory=list)  # (new story, from, members moved)


def trace(items, options) -> tuple[list[Step], dict[str, str]]:
    """Every article's placement step, in placement order (``train_pairs.place``'s loop, watched), and the final
    article id → story id."""
    from marsad.stories.grouping import Grouper, horizon, placement_order
    from marsad.stories.pairs import pair_features

    g = Grouper(None, options)
    by_id = {it.features.article_id: it for it in items}
    first_of_group: dict[str, str] = {}
    steps, day = [], None
    for f in placement_order([it.features for it in items], {k: v.published_at for k, v in by_id.items()}):
        if f.published and f.date != day:
            day = f.date
            g.forget_before(horizon(day, g.window))
        grp = by_id[f.article_id].group
        copy_of = first_of_group.get(grp) if grp else None
        scored = [] if copy_of else g.scores(f)  # (before the article is placed: what it was scored against)
        compared = [] if copy_of else g.compared(f)
        story = g.add(f, g.story_of[copy_of] if copy_of else None)
        need = g.join if f.published else max(g.join, g.opts.undated_join)
        step = Step(f.article_id, f.date, f.title, story, copy_of=copy_of,
                    new=not copy_of and (not scored or scored[0][0] < need),
                    merges=[(gone, into) for gone, _, into in g.merges],
                    splits=[(new, old, moved) for new, _, old, moved in g.splits])
        if scored:
            step.score = scored[0][0]
            step.candidates = [(s, st.id) for s, st in scored[:4]]
            via = [(g.model.prob_of(pair_features(f, m)), m) for m in compared if g.story_of.get(m.article_id) == story]
            best = sorted(via, key=lambda t: -t[0])[:3]
            step.via = [(p, m.article_id, m.title) for p, m in best]
            if best:
                step.why = why(g.model, f, best[0][1])
        steps.append(step)
        if grp:
            first_of_group.setdefault(grp, f.article_id)
    return steps, g.partition()


def why(model, a, b, n: int = 4) -> list[str]:
    """What carried a pair: its ``n`` features adding most to the model's sum (weight times value, the bias left
    out), then what the two share that identifies an event — actors (their names), facts, and marks (rare words,
    names, numbers of one's headline and lead the other uses)."""
    from marsad.stories.pairs import FEATURES, pair_features, shared_marks

    x = pair_features(a, b)
    parts = sorted(((w * v, name, v) for w, name, v in zip(model.weights, FEATURES, x) if name != "bias" and v),
                   key=lambda t: -abs(t[0]))[:n]
    out = [" ".join(f"{name}={v:.2f}({c:+.2f})" for c, name, v in parts)]
    actors = sorted(a.actors & b.actors)
    facts = sorted(k for k in (a.entities.keys() & b.entities.keys()) if k.startswith("fact:"))
    names = [a.entity_names.get(k, k) for k in actors]
    out.append("shared: actors " + (", ".join(names) or "-") + "; facts " + (", ".join(facts) or "-")
               + "; marks " + (" ".join(sorted(shared_marks(a, b))[:8]) or "-"))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db")
    parser.add_argument("stories", help="final story ids, comma-separated")
    parser.add_argument("--options", default="{}", help="GroupOptions fields of a candidate placement, as JSON")
    parser.add_argument("--why", action="store_true",
                        help="for each joined member's best pair: the features adding most and what they share")
    args = parser.parse_args(argv)
    from marsad.store import open_store
    from marsad.stories.grouping import GroupOptions
    from marsad.stories.train_pairs import features_from_store

    store = open_store(args.db)
    items = features_from_store(store)
    store.close()
    steps, final = trace(items, GroupOptions(**json.loads(args.options)))
    members: dict[str, set[str]] = defaultdict(set)
    for aid, sid in final.items():
        members[sid].add(aid)
    for sid in args.stories.split(","):
        print(f"\n### {sid} ({len(members[sid])} members; * a final member)")
        for s in steps:
            touched = [m for m in s.merges if sid in m] + [x for x in s.splits if sid in x[:2]]
            if s.article_id not in members[sid] and not touched:
                continue
            how = (f"copy of {s.copy_of[:10]}" if s.copy_of else
                   (f"new, best {s.score:.3f}" if s.score is not None else "new") if s.new else f"score {s.score:.3f}")
            mark = "*" if s.article_id in members[sid] else " "
            print(f"{mark} {s.date} {s.article_id[:10]} -> {s.story} ({how}) {s.title[:90]}")
            for p, aid, title in s.via:
                print(f"      via {p:.3f} {aid[:10]} {title[:70]}")
            if args.why:
                for line in s.why:
                    print(f"      why {line}")
            if len(s.candidates) > 1:
                print("      candidates " + ", ".join(f"{sc:.3f} {st}" for sc, st in s.candidates))
            for gone, into in s.merges:
                print(f"      MERGE {gone} -> {into}")
            for new, old, moved in s.splits:
                print(f"      SPLIT {len(moved)} from {old} -> {new}: {' '.join(a[:10] for a in moved)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
