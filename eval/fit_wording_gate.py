"""Fit the big-story wording gate (``GroupOptions.wording_weights``/``wording_least``) on read home pages.

    python eval/fit_wording_gate.py --work DIR --train DB FINAL GROUPS [DAY ...] [--train ...] [--check DB ...]

A big story (``wording_members`` dated members in the window) admits an article only through an identifying member
whose wording with it (:func:`pairs.wording`) reaches a bar.  The readers' marks say which articles of read stories
are strays and which tell the main event: each is an example of that gate.  Every article the shipped placement asks
the gate about in a read story is taken with the members of that story it is compared with that share something
identifying with it (the members that could vouch) and that the reader marked as main-event members.  A stray
should find none worded enough, a main-event member one.

Fitted as a class-balanced L2 logistic regression over a set of pair features (:data:`VARIANTS`): a stray's pairs
are negatives, a main-event member's most alike pair (by the shipped wording) a positive.  The bar is the one that
blocks most more strays than main-event members on the training examples.  The feature set and the L2 weight are
chosen leave-one-day-out on the training readings; the chosen fit is then scored once on the ``--check`` readings
(held-out), beside the shipped gate.  Counts are of articles the gate is asked about, each taken alone (not
re-placed: an article kept out also keeps out what would have followed it; ``home_pages_strays.py --options``
places the candidate).

``FINAL``: a reader's verdicts per story (day, story_id; with ``-`` for GROUPS, a ``strays`` column of ``id:why;
...``); ``GROUPS``: the strays (story_id, article_id), or every member with a ``stray`` column 0/1.  Main-event
members: those marked 0 in a file listing every member, else the read story's members on the shipped placement's
page not marked as strays.  Examples are kept in ``--work``.  Counts only; headlines stay in ../shared.
"""

from __future__ import annotations

import argparse
import csv
import math
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


@dataclass(slots=True)
class Example:
    """An article the gate was asked about in a read story: a stray or not, and the worded features of each
    identifying main-event member it was compared with."""

    article: str
    story: str
    day: str
    stray: bool
    pairs: list[list[float]] = field(default_factory=list)  # pair features (:data:`pairs.FEATURES`) with each
    members: list[str] = field(default_factory=list)  # the members of ``pairs``, in order


def _rows(path: str) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def read_marks(final: str, groups: str, days: list[str]) -> tuple[list[tuple[str, str]], dict, dict, bool]:
    """(read (day, story)), story → stray prefixes, story → main-event prefixes marked, whether the file lists
    every member (more marked main-event members than strays: else the few marked are notes)."""
    # (a file reading two versions: version A, the placement before that reading's change)
    read = [(r["day"], r["story_id"]) for r in _rows(final)
            if (not days or r["day"] in days) and r.get("version", "A") != "B"]
    stray: dict[str, set[str]] = defaultdict(set)
    main: dict[str, set[str]] = defaultdict(set)
    if groups == "-":
        for r in _rows(final):
            for part in (r.get("strays") or "").split(";"):
                for pid in part.split(":")[0].split(","):
                    if len(pid.strip()) == 10:
                        stray[r["story_id"]].add(pid.strip())
    else:
        for r in _rows(groups):
            if r.get("version", "A") == "B":
                continue
            (main if r.get("stray", "1").strip() == "0" else stray)[r["story_id"]].add(r["article_id"][:10])
    full = sum(map(len, main.values())) > sum(map(len, stray.values()))
    return read, stray, main, full


def collect(db: str, marks: list[tuple[str, str, list[str]]], options=None, items=None) -> list[Example]:
    """The gate's examples on a store's read pages (shipped placement, or ``options``; ``items``: the store's
    placement features, when already read)."""
    from home_pages import home_pages
    from marsad.store import open_store
    from marsad.stories.grouping import GroupOptions, Grouper
    from marsad.stories.pairs import identified, pair_features
    from marsad.stories.train_pairs import features_from_store, place
    if items is None:
        store = open_store(db)
        items = features_from_store(store)
        store.close()
    opts = options or GroupOptions()
    asked: dict[str, dict[str, list[str]]] = defaultdict(dict)  # article → story at the time → members compared

    class Watch(Grouper):
        def _worded(self, f, m, sid):
            least = self.opts.wording_least
            self.opts.wording_least = math.inf
            big = not Grouper._worded(self, f, m, sid)
            self.opts.wording_least = least
            if big and sid not in asked[f.article_id]:
                asked[f.article_id][sid] = [x.article_id for x in self.compared(f)
                                            if self.story_of.get(x.article_id) == sid and identified(f, x)]
            return Grouper._worded(self, f, m, sid)

    story_of = place(items, grouper=Watch(None, opts))
    by_id = {it.features.article_id: it for it in items}
    full = {a[:10]: a for a in by_id}
    feats = {a: it.features for a, it in by_id.items()}
    out: list[Example] = []
    for final, groups, days in marks:
        read, stray, main, listed = read_marks(final, groups, days)
        for rday in sorted({d for d, _ in read}):
            page = dict(home_pages(items, story_of, rday, 40))
            for d, sid in read:
                if d != rday or sid not in page:
                    continue
                members = {m.features.article_id[:10] for m in page[sid]}
                bad = stray[sid]
                good = (main[sid] if listed else members | main[sid]) - bad
                for pid in sorted(bad | good):
                    a = full.get(pid)
                    if not a or a not in asked:
                        continue
                    ex = Example(a, sid, rday, pid in bad)
                    for ms in asked[a].values():
                        for x in ms:
                            if x[:10] in good and x != a:
                                ex.pairs.append(pair_features(feats[a], feats[x]))
                                ex.members.append(x)
                    if ex.pairs:
                        out.append(ex)
    seen: set[tuple[str, bool]] = set()
    uniq = []
    for ex in out:  # (one article read on two days, or in two stories of one reading, counts once)
        if (ex.article, ex.stray) not in seen:
            seen.add((ex.article, ex.stray))
            uniq.append(ex)
    return uniq


# The gate's features: :func:`pairs.wording`'s terms, in its order (a weight left out is 0)
WORDING = ("terms", "lead", "title", "title_x_lead", "title_unexplained", "gap")
VARIANTS = {
    "wording": ("terms", "lead", "title", "title_x_lead"),
    "wording+unexplained": ("terms", "lead", "title", "title_x_lead", "title_unexplained"),
    "wording+gap": ("terms", "lead", "title", "title_x_lead", "gap"),
    "wording+unexplained+gap": WORDING,
    "lead+title+unexplained+gap": ("lead", "title", "title_unexplained", "gap"),
}
L2S = (0.3, 1.0, 3.0)


def _x(p: list[float], names) -> list[float]:
    from marsad.stories.pairs import FEATURES
    return [p[FEATURES.index(n)] for n in names]


def _worded(p: list[float], weights) -> float:
    """A pair's wording (:func:`pairs.wording` from its pair features): ``weights`` over :data:`WORDING`."""
    return sum(w * v for w, v in zip(weights, _x(p, WORDING)))


def _shipped(p: list[float]) -> float:
    from marsad.stories.grouping import GroupOptions
    return _worded(p, GroupOptions().wording_weights)


def fit(examples: list[Example], names, l2: float = 1.0) -> list[float]:
    """Bias and one weight a feature: a stray's pairs negatives, a main-event member's most alike pair by the
    shipped wording a positive; class-balanced L2 logistic regression (Newton steps)."""
    from marsad.stories.train_pairs import fit as fit_logistic

    X, y = [], []
    for ex in examples:
        if ex.stray:
            for p in ex.pairs:
                X.append([1.0] + _x(p, names))
                y.append(0)
        else:
            X.append([1.0] + _x(max(ex.pairs, key=_shipped), names))
            y.append(1)
    return fit_logistic(X, y, l2, steps=50)


def gate(names, w: list[float], examples: list[Example]) -> tuple[tuple[float, ...], float]:
    """The fit as ``(wording_weights, wording_least)``: the bar blocking most more strays than main-event members
    of ``examples`` (ties: the lower bar)."""
    weights = tuple(round(w[1 + names.index(n)], 6) if n in names else 0.0 for n in WORDING)
    best = [ex_best(ex, weights) for ex in examples]
    values = sorted(set(best))
    top = None
    for lo, hi in zip(values, values[1:] + [values[-1] + 1.0] if values else []):
        bar = (lo + hi) / 2  # (between two examples' values: blocks those up to ``lo``)
        net = sum(b < bar for b, ex in zip(best, examples) if ex.stray) - \
            sum(b < bar for b, ex in zip(best, examples) if not ex.stray)
        if top is None or net > top[0]:
            top = (net, bar)
    return weights, round(top[1], 6) if top else 0.0


def ex_best(ex: Example, weights) -> float:
    """The example's most alike member's wording (``weights`` over :data:`WORDING`)."""
    return max(_worded(p, weights) for p in ex.pairs)


def blocked(examples: list[Example], weights, least: float) -> tuple[int, int, int, int]:
    """(strays blocked, strays, main-event members blocked, main-event members)."""
    s = [ex for ex in examples if ex.stray]
    m = [ex for ex in examples if not ex.stray]
    return (sum(ex_best(e, weights) < least for e in s), len(s), sum(ex_best(e, weights) < least for e in m), len(m))


def _line(c) -> str:
    return f"strays blocked {c[0]}/{c[1]}, main-event members blocked {c[2]}/{c[3]}"


def main(argv: list[str] | None = None) -> int:
    import hashlib
    import pickle

    from marsad.stories.grouping import GroupOptions

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", nargs="+", action="append", default=[], metavar="DB FINAL GROUPS [DAY]")
    parser.add_argument("--check", nargs="+", action="append", default=[], metavar="DB FINAL GROUPS [DAY]")
    parser.add_argument("--work", default=".work/wording_gate", help="where the examples are kept")
    args = parser.parse_args(argv)
    shipped = GroupOptions()

    def gather(specs) -> list[Example]:
        key = hashlib.sha1(repr(specs).encode()).hexdigest()[:12]
        cache = Path(args.work) / f"examples_{key}.pickle"
        if cache.exists():
            return pickle.loads(cache.read_bytes())
        by_db: dict[str, list] = defaultdict(list)
        for db, final, groups, *days in specs:
            by_db[db].append((final, groups, days))
        out = [ex for db, marks in by_db.items() for ex in collect(db, marks)]
        cache.parent.mkdir(parents=True, exist_ok=True)
        cache.write_bytes(pickle.dumps(out))
        return out

    train = gather(args.train)
    check = gather(args.check) if args.check else []
    days = sorted({ex.day for ex in train})
    print(f"training examples {len(train)} ({sum(e.stray for e in train)} strays; days {', '.join(days)}); "
          f"held-out {len(check)} ({sum(e.stray for e in check)} strays)")
    choice = None
    for l2 in L2S:
        for name, names in VARIANTS.items():
            tot = [0, 0]
            for d in days:  # leave one day out: fit on the others, count on it
                rest, out = [e for e in train if e.day != d], [e for e in train if e.day == d]
                if not any(e.stray for e in out) or not rest:
                    continue
                weights, least = gate(names, fit(rest, names, l2), rest)
                c = blocked(out, weights, least)
                tot[0] += c[0]
                tot[1] += c[2]
            print(f"  {name} l2 {l2}: left-out days {tot[0]} strays, {tot[1]} main-event members blocked")
            if choice is None or tot[0] - tot[1] > choice[0]:
                choice = (tot[0] - tot[1], name, l2)
    _, name, l2 = choice
    weights, least = gate(VARIANTS[name], fit(train, VARIANTS[name], l2), train)
    print(f"chosen {name} l2 {l2}: wording_weights {list(weights)}, wording_least {least}")
    old = tuple(shipped.wording_weights) + (0.0,) * (len(WORDING) - len(shipped.wording_weights))
    for label, ex in (("training (in-sample)", train), ("check (held-out)", check)):
        if ex:
            print(f"{label}: shipped gate {_line(blocked(ex, old, shipped.wording_least))}; "
                  f"fitted {_line(blocked(ex, weights, least))}")
    print(f"--options '{{\"wording_weights\": {list(weights)}, \"wording_least\": {least}}}'")
    return 0


if __name__ == "__main__":
    sys.exit(main())
