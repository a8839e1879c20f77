"""Derive, from raw SaudiNewsNet text, the words after which أن opens an act not told as done (issue 15, events44).

Arabic writes أنْ ("to", followed by a verb in the subjunctive: an act wished, planned, expected, possible or
required) and أنّ ("that", followed by a noun or pronoun: a fact) alike.  Which one a word takes is a property of
the word: "يجب أن ينسحب", "من المتوقع أن يزور" but "أكد أن الجيش", "أعلن أنه".  For every word W right before
أن this counts how often the word after أن looks like an imperfect verb (ي/ت/ن...), the mark of أنْ.  Words with
at least ``--min-count`` uses and a share of at least ``--min-share`` are the irrealis governors the modality
coder reads (``src/marsad/nlp/events/data/irrealis_governors.json``; the coder leaves out the words that are
realised or temporal, see ``modality._NOT_IRREALIS``).  Words of share at most ``--max-fact-share`` take a fact
("حقيقة أن", "أكد أن"): the coder does not look for a governor past them.

Only the development days' text is read (never the frozen days 2015-07-24, 07-25, 08-08, nor ANS):

    python eval/modality_governors.py --write          # rewrite the shipped list
    python eval/modality_governors.py --top 80         # print the table
    python eval/modality_governors.py --split          # learned on every other day, checked on the rest
"""

from __future__ import annotations

import argparse
import json
import re
import zipfile
from collections import Counter
from pathlib import Path

from marsad.nlp.events import lexicon as L
from marsad.nlp.events.modality import governor_form as governor  # one normaliser for the learner and the coder

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared" / "data" / "saudinewsnet"
OUT = HERE.parent / "src" / "marsad" / "nlp" / "events" / "data" / "irrealis_governors.json"
DEV_DAYS = ("2015-07-21 2015-07-22 2015-07-23 2015-07-26 2015-07-27 2015-07-31 2015-08-01 2015-08-02 2015-08-03 "
            "2015-08-04 2015-08-06 2015-08-07 2015-08-09 2015-08-10 2015-08-11").split()
WORD = re.compile(r"[\u0621-\u064A\u0671-\u06D3]+|[.,،؛:!?؟\"«»()]")


def looks_imperfect(w: str, first_person: bool = False) -> bool:
    """A verb in the imperfect by its first letter (not تم, the passive's perfect: "بعد أن تم"); ``w`` is the raw
    word.  After a verb in the first person ("أريد أن أزور", "أحاول أن أفهم") the imperfect in أ counts too."""
    if first_person and w[:1] == "أ" and len(w) >= 3 and not w.startswith("أن"):
        return True
    return w[:1] in ("ي", "ت", "ن") and len(w) >= 3 and not w.startswith("تم")


def first_person(raw: str) -> bool:
    """Whether the raw word before أن reads as a verb in the first person singular: "أريد", "وأود", "أستطيع"
    (a word in أ without the article; "أهمية" is the odd noun caught, and it takes an act anyway)."""
    w = raw[1:] if raw[:1] in ("و", "ف") and len(raw) > 3 else raw
    return w[:1] == "أ" and not w.startswith("أل") and 3 <= len(w) <= 6


def count(days: list[str]) -> tuple[Counter, Counter]:
    irrealis, total = Counter(), Counter()
    for day in days:
        with zipfile.ZipFile(SHARED / f"{day}.zip") as z:
            articles = json.loads(z.read(z.namelist()[0]))
        for a in articles:
            raw = WORD.findall(a.get("content") or "")
            toks = [L.fold(t) for t in raw]
            for i in range(1, len(toks) - 1):
                # only أن as written: "إن" (after قال, at a clause's head) is the other particle, folded alike
                # (events44 review: "قال الوزير إن" put every speaker among the fact words)
                if toks[i] != "ان" or raw[i][:1] == "إ" or not toks[i - 1][:1].isalpha():
                    continue
                w = governor(toks[i - 1])
                total[w] += 1
                irrealis[w] += looks_imperfect(raw[i + 1], first_person(raw[i - 1]))
    return irrealis, total


def split(min_count: int, min_share: float) -> int:
    """Learn the governors on half the days; on the other half, the share of أن + imperfect after them."""
    from marsad.nlp.events.modality import _NOT_IRREALIS
    a, b = list(DEV_DAYS[0::2]), list(DEV_DAYS[1::2])
    ia, ta = count(a)
    ib, tb = count(b)
    learned = {w for w, n in ta.items() if n >= min_count and ia[w] / n >= min_share and w not in _NOT_IRREALIS}
    seen = [w for w in learned if tb[w] >= min_count]
    held = [w for w in seen if ib[w] / tb[w] >= 0.7]
    print(f"learned on {len(a)} days: {len(learned)} governors; {len(seen)} used {min_count}+ times on the other "
          f"{len(b)} days, {len(held)} of them with an imperfect after أن at least 70% of the time there; pooled "
          f"{sum(ib[w] for w in seen)}/{sum(tb[w] for w in seen)}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--min-count", type=int, default=8)
    ap.add_argument("--min-share", type=float, default=0.85)
    ap.add_argument("--max-fact-share", type=float, default=0.3,
                    help="words at or under this share take a fact (أنّ)")
    ap.add_argument("--top", type=int, default=0, help="print the N words of highest share")
    ap.add_argument("--write", action="store_true", help=f"write {OUT.name}")
    ap.add_argument("--split", action="store_true",
                    help="learn on every other development day and say how the governors hold on the others")
    args = ap.parse_args(argv)
    if args.split:
        return split(args.min_count, args.min_share)
    irrealis, total = count(DEV_DAYS)
    kept = {w: [irrealis[w], n] for w, n in total.items()
            if n >= args.min_count and irrealis[w] / n >= args.min_share}
    # the words that take a fact: a governor further back does not reach past them
    facts = {w: [irrealis[w], n] for w, n in total.items()
             if n >= args.min_count and irrealis[w] / n <= args.max_fact_share}
    rows = sorted(total, key=lambda w: (-irrealis[w] / total[w], -total[w]))
    for w in [w for w in rows if total[w] >= args.min_count][:args.top]:
        print(f"{w}\t{irrealis[w]}\t{total[w]}\t{irrealis[w] / total[w]:.2f}")
    print(f"{len(facts)} fact governors; {len(kept)} governors (at least {args.min_count} uses, share >= {args.min_share}) "
          f"of {sum(total.values())} uses of أن on {len(DEV_DAYS)} days")
    if args.write:
        OUT.write_text(json.dumps({"about": "word before أن -> [uses followed by an imperfect, uses]; "
                                            "eval/modality_governors.py", "min_count": args.min_count,
                                   "min_share": args.min_share, "max_fact_share": args.max_fact_share,
                                   "days": DEV_DAYS,
                                   "governors": dict(sorted(kept.items())), "facts": dict(sorted(facts.items()))},
                                  ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
