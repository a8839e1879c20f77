"""How many agreements and disagreements the story pages of a store show, by kind, computed with this code.

    python eval/comparison_counts.py DB [DB ...]                 # one line per store: counts by kind
    python eval/comparison_counts.py DB --dump OUT.jsonl         # also every item with its sentences (for reading;
                                                                 # OUT holds third-party text: keep it out of the repo)

The pool is that of ``eval/sample_comparisons.py`` (stories with two outlets or more, leaving out those holding an
article of the stories gold), but the comparison is computed afresh from the articles (a stored view was made by
the code that stored it).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import marsad  # noqa: E402
from sample_comparisons import _gold_urls  # noqa: E402

from marsad.stories.compare import CompareOptions, compare  # noqa: E402
from marsad.stories.view import MAX_COMPARED, representative, story_docs  # noqa: E402


def items_of(db: str):
    lib = marsad.open(db)
    store = lib.store
    gold = _gold_urls()
    opts = CompareOptions()
    for row in lib.stories(min_size=2):
        if len(row["outlets"]) < 2 or any(a.get("url") in gold for a in row["articles"]):
            continue
        docs = story_docs(store, [a["id"] for a in representative(row["articles"], MAX_COMPARED)])
        comp = compare(docs, opts)
        for shown_as, key in (("agree", "agreements"), ("disagree", "disagreements")):
            for it in comp[key]:
                yield row["id"], shown_as, it


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dbs", nargs="+")
    ap.add_argument("--dump")
    args = ap.parse_args(argv)
    out = open(args.dump, "w", encoding="utf-8") if args.dump else None
    for db in args.dbs:
        counts: Counter[str] = Counter()
        for sid, shown_as, it in items_of(db):
            counts[f"{shown_as}:{it.get('kind')}"] += 1
            if out:
                out.write(json.dumps({"db": db, "story": sid, "shown_as": shown_as, **it}, ensure_ascii=False) + "\n")
        agree = sum(v for k, v in counts.items() if k.startswith("agree:"))
        dis = sum(v for k, v in counts.items() if k.startswith("disagree:"))
        print(f"{Path(db).name}\tagreements {agree}\tdisagreements {dis}\t"
              + " ".join(f"{k}={v}" for k, v in sorted(counts.items())), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
