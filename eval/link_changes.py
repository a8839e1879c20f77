"""Linking changes between two versions of the code on a store's articles, scored with a reading's verdicts.

    PYTHONPATH=<old>/src python eval/link_changes.py run DB before.json [--words REGEX]
    PYTHONPATH=<new>/src python eval/link_changes.py run DB after.json  [--words REGEX]
    python eval/link_changes.py score before.json after.json VERDICTS.tsv

``run`` tags and links (sentences, NER, linking: no corpus steps) every article of ``DB`` (a store built by
``eval/home_pages.py --work``) whose text matches ``--words`` (default: the weak aliases of link 10 — names that are
also common words) and writes each article's mentions as (start, end, entity id).  ``score`` reads a TSV of verdicts on
the *before* side's links (columns ``article``, ``offset``, ``linked_to``, ``verdict`` right/wrong, as
``eval/judgements/link_weak_aliases_*.tsv``) and says, per entity and verdict, what the after side does with each
judged link (kept, dropped, linked to another entity), how many right and wrong links remain, and how many changes the
verdicts do not cover.  Texts stay in the store; nothing is printed from them.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter

WEAK_WORDS = r"سيول|سيئول|سول(?!\w)|الجوف|العلا|عمان|عُمان|عمّان|صوفيا|مالي(?!\w)"


def run(db: str, out: str, words: str) -> int:
    from marsad.models import Article, Doc
    from marsad.pipeline.registry import build_pipeline
    from marsad.pipeline.stage import Resources
    from marsad.store import open_store

    pattern = re.compile(words)
    stages = build_pipeline(only=["sentences", "ner", "link"]).stages
    res = Resources()
    found: dict[str, list[tuple[int, int, str | None]]] = {}
    store = open_store(db, readonly=True)
    for article in store.iter_articles():
        if not article.text or not pattern.search(article.text):
            continue
        aid = article.id
        doc = Doc(Article(id=aid, raw_id=aid, text=article.text, title=article.title or "",
                          published_at=article.published_at), {})
        for stage in stages:
            stage.func(doc, res)
        found[aid] = [(m.start, m.end, (m.data or {}).get("entity_id")) for m in doc.layers.get("mention", [])]
    with open(out, "w", encoding="utf-8") as f:
        json.dump(found, f)
    print(f"{len(found)} articles linked")
    return 0


def score(before: str, after: str, verdicts: str) -> int:
    a, b = json.load(open(before, encoding="utf-8")), json.load(open(after, encoding="utf-8"))
    judged = {(r["article"], int(r["offset"])): r for r in csv.DictReader(open(verdicts, encoding="utf-8"), delimiter="\t")}
    fate: Counter[tuple[str, str, str]] = Counter()
    right = wrong = 0
    for (aid, offset), r in judged.items():
        old = {s: i for s, _e, i in a.get(aid, [])}  # by start: a span whose end moved is the same mention
        new = {s: i for s, _e, i in b.get(aid, [])}
        if offset not in old:
            print(f"not among the before side's mentions: {aid} {offset}", file=sys.stderr)
            continue
        now = new.get(offset)
        what = "dropped" if now is None else "kept" if now == old[offset] else f"now {now}"
        fate[(r["linked_to"], r["verdict"], what)] += 1
        if what == "kept":
            right += r["verdict"] == "right"
            wrong += r["verdict"] == "wrong"
    for key in sorted(fate):
        print("  ".join(key), fate[key])
    print(f"judged links kept as they were: {right} right, {wrong} wrong (links moved to another entity: read them)")
    unjudged = len({(aid, x[0]) for aid in a for x in set(map(tuple, a[aid])) ^ set(map(tuple, b.get(aid, [])))
                    if (aid, x[0]) not in judged})
    print(f"changes the verdicts do not cover: {unjudged}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run")
    r.add_argument("db")
    r.add_argument("out")
    r.add_argument("--words", default=WEAK_WORDS)
    s = sub.add_parser("score")
    s.add_argument("before")
    s.add_argument("after")
    s.add_argument("verdicts")
    args = parser.parse_args(argv)
    return run(args.db, args.out, args.words) if args.cmd == "run" else score(args.before, args.after, args.verdicts)


if __name__ == "__main__":
    raise SystemExit(main())
