"""Which shown events of the development days are read wrong today, and why (issue 15, events28).

    python eval/dev_shown.py STORES [DAY...] [-v] [--unjudged]

STORES holds ``DAY/events_all.jsonl`` (``eval/judged_event_stores.sh``).  A shown event takes the verdict of the
day's reading (``snn_events_DAY*.tsv``) when it is coded as that row was (same article, trigger start and type;
same parties, modality and date as ``event_changes.status`` reads them), else the verdict of a later reading of a
change (``reread_events2*_changes_independent.tsv``) for the same article and trigger start when one exists (those
rows keep no coding: the join is by place only, so it is approximate).  The frozen days (2015-07-24, 07-25, 08-08)
are never read here.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import event_changes as ec  # noqa: E402

J = Path(__file__).resolve().parent / "judgements"
FROZEN = {"2015-07-24", "2015-07-25", "2015-08-08"}




def readings(day: str) -> tuple[dict, dict]:
    assert day not in FROZEN, "the frozen days are not read here"
    exact = {}
    for r in ec.load_rows(day):
        if r["verdict"] in ("ok", "wrong"):
            exact[ec.row_key(r)] = r
    by_place = {}
    for p in sorted(J.glob("reread_events2*_changes_independent.tsv")):
        for r in ec.read_tsv(p):
            if r.get("day") == day and r["new_verdict"] in ("ok", "wrong"):
                by_place[(r["article_id"], int(r["start"]))] = (r["new_verdict"], r["new_error"], r["reason"])
    return exact, by_place


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("stores", type=Path)
    ap.add_argument("days", nargs="*")
    ap.add_argument("-v", action="store_true", help="list the wrong shown events")
    ap.add_argument("--unjudged", action="store_true", help="list the shown events no reader judged")
    args = ap.parse_args(argv)
    days = args.days or sorted(p.name for p in args.stores.iterdir() if (p / "events_all.jsonl").exists())
    days = [d for d in days if d not in FROZEN]
    errors, tot = Counter(), Counter()
    for day in days:
        exact, by_place = readings(day)
        ev = ec.load_events(args.stores / day / "events_all.jsonl")
        c = Counter()
        for k, e in sorted(ev.items()):
            if not e.get("shown", True):
                continue
            a, b = (ec.nm(x) for x in ec.coded(e)[:2])
            got = None
            if k in exact:
                st = ec.status(exact[k], e)  # same parties, modality and date as the row read (event_changes)
                if st == "right" or st.startswith("wrong"):
                    got = ("ok", "", exact[k]["reason"]) if st == "right" else ("wrong", st[6:], exact[k]["reason"])
            got = got or by_place.get(k[:2])
            if got is None:
                c["unjudged"] += 1
                if args.unjudged:
                    print(f"unjudged\t{day}\t{k[0]}\t{k[1]}\t{k[2]}\t{a}\t{b}\t{e.get('trigger_text')}")
                continue
            c[got[0]] += 1
            if got[0] == "wrong":
                errors[got[1]] += 1
                if args.v:
                    print(f"wrong\t{day}\t{k[0]}\t{k[1]}\t{k[2]}\t{a}\t{b}\t{got[1]}\t{got[2]}")
        print(f"{day}: shown {sum(c.values())}, judged ok {c['ok']}/{c['ok'] + c['wrong']}, unjudged {c['unjudged']}")
        tot.update(c)
    n = tot["ok"] + tot["wrong"]
    print(f"all: judged ok {tot['ok']}/{n} = {tot['ok'] / max(n, 1):.3f}; unjudged {tot['unjudged']}")
    print("wrong by reason: " + ", ".join(f"{k or '?'} {v}" for k, v in errors.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
