"""A random sample of the agreements and disagreements story pages show, for judging by reading.

    python eval/sample_comparisons.py sample DB OUT.jsonl [--n 40] [--seed 2015] [--disagreements K]   # draw it
    python eval/sample_comparisons.py show DB OUT.jsonl                             # print it with its sentences
    python eval/sample_comparisons.py score OUT.jsonl                               # precision of the judged file

The pool is every agreement and disagreement on the pages of the store's stories with two outlets or more,
leaving out stories that hold an article of ``../shared/gold/stories_dev.json`` (the story work was tuned on
those).  Each line keeps the story id, how the page shows the item (``agree``/``disagree``), its kind
(``fact``, ``statement``, ``date``, ``denial`` ...), what it is about (a figure's frame; nothing for a statement)
and the article id, outlet and offsets of every sentence or figure it shows; the text stays in the store
(``../shared``).  A judge sets
``correct`` (true/false) and ``why`` in their own words; eval/judgements/README.md says how strictly.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
from pathlib import Path

import marsad

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("MARSAD_SHARED") or ROOT.parent / "shared")
GOLD = SHARED / "gold" / "stories_dev.json"


def _gold_urls() -> set[str]:
    if not GOLD.exists():
        return set()
    return {x["url"] for x in json.loads(GOLD.read_text(encoding="utf-8"))["labels"]}


def _refs(item: dict) -> list[dict]:
    """Where each shown sentence (and figure) lies: offsets into the article's text, or its title."""
    keys = ("article_id", "outlet", "start", "end", "headline", "figure_start", "figure_end")
    groups = [item] if "sentences" in item else item.get("values", [])
    return [{k: s[k] for k in keys if k in s} for g in groups for s in g.get("sentences", [])]


def pool(db: str) -> list[dict]:
    lib = marsad.open(db)
    gold = _gold_urls()
    items: list[dict] = []
    for row in lib.stories(min_size=2):
        if len(row["outlets"]) < 2:
            continue
        view = lib.story(row["id"])
        if view is None or any(a.get("url") in gold for a in view["articles"]):
            continue
        comp = view["comparison"]
        for shown_as, key in (("agree", "agreements"), ("disagree", "disagreements")):
            for it in comp[key]:
                # a statement is "about" its own sentence: the text stays in the store
                about = None if it.get("kind") == "statement" else it.get("about")
                if it.get("kind") == "fact" and it.get("value") is not None:
                    about = f"{about}: {it['value']}"
                items.append({"story": row["id"], "shown_as": shown_as, "item": it.get("kind"),
                              "about": about, "refs": _refs(it)})
    return items


def cmd_sample(args: argparse.Namespace) -> int:
    items = pool(args.db)
    print(f"{len(items)} items in the pool ({sum(i['shown_as'] == 'agree' for i in items)} agreements)",
          file=sys.stderr)
    rnd = random.Random(args.seed)
    if args.disagreements is None:
        chosen = rnd.sample(items, min(args.n, len(items)))
    else:  # disagreements are few on the pages: draw K of them and the rest from the agreements
        dis = [i for i in items if i["shown_as"] == "disagree"]
        agr = [i for i in items if i["shown_as"] == "agree"]
        k = min(args.disagreements, len(dis))
        chosen = rnd.sample(dis, k) + rnd.sample(agr, min(args.n - k, len(agr)))
        rnd.shuffle(chosen)
    with open(args.out, "w", encoding="utf-8") as f:
        for n, it in enumerate(chosen):
            f.write(json.dumps({"n": n, **it, "correct": None, "why": ""}, ensure_ascii=False) + "\n")
    return 0


def _read(path: str) -> list[dict]:
    return [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]


def cmd_show(args: argparse.Namespace) -> int:
    lib = marsad.open(args.db)
    arts: dict[str, dict] = {}
    for it in _read(args.out):
        print(f"\n#{it['n']} {it['story']} shown as {it['shown_as']} ({it['item']}): {it['about'] or ''}")
        for ref in it["refs"]:
            aid = ref["article_id"]
            if aid not in arts:
                arts[aid] = (lib.article(aid) or {}).get("article") or {}
            if ref.get("headline"):  # a headline is shown whole; its figure's offsets are into the title
                text = arts[aid].get("title") or ""
                shown = text
            else:
                text = arts[aid].get("text") or ""
                shown = text[ref["start"]:ref["end"]]
            fig = f"  figure «{text[ref['figure_start']:ref['figure_end']]}»" if "figure_start" in ref else ""
            head = " headline" if ref.get("headline") else ""
            print(f"  [{ref['outlet']} {aid}{head}]{fig}\n    {shown}")
    return 0


def cmd_score(args: argparse.Namespace) -> int:
    items = _read(args.out)
    judged = [i for i in items if i.get("correct") is not None]
    if not judged:
        print("no judged item", file=sys.stderr)
        return 1
    right = sum(bool(i["correct"]) for i in judged)
    print(f"precision {right}/{len(judged)} = {right / len(judged):.3f}")
    for kind in ("agree", "disagree"):
        sub = [i for i in judged if i["shown_as"] == kind]
        if sub:
            r = sum(bool(i["correct"]) for i in sub)
            print(f"  {kind}: {r}/{len(sub)}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("sample")
    p.add_argument("db")
    p.add_argument("out")
    p.add_argument("--n", type=int, default=40)
    p.add_argument("--seed", type=int, default=2015)
    p.add_argument("--disagreements", type=int, help="draw this many of the N from the disagreements")
    p.set_defaults(func=cmd_sample)
    p = sub.add_parser("show")
    p.add_argument("db")
    p.add_argument("out")
    p.set_defaults(func=cmd_show)
    p = sub.add_parser("score")
    p.add_argument("out")
    p.set_defaults(func=cmd_score)
    args = ap.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
