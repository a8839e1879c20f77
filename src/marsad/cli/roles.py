"""``marsad roles``: office changes learned from the news; ``marsad roles accept|reject ID`` decides one."""

from __future__ import annotations

import argparse
import sys

import marsad
from marsad.cli import listing
from marsad.cli.core import emit_json, say_which

_STATUSES = ["learned", "below", "accepted", "rejected", "no-office"]


def cmd_roles(args: argparse.Namespace) -> int:
    words = list(args.action or [])
    if words:
        if len(words) != 2 or words[0] not in ("accept", "reject", "forget"):
            print("usage: marsad roles [--person NAME] [--status S] | marsad roles accept|reject|forget ID",
                  file=sys.stderr)
            return 2
        decision = None if words[0] == "forget" else words[0]
        row = marsad.open(args.db).decide_role(words[1], decision)
        if args.json:
            emit_json([row])
        else:
            what = {"accept": "accepted", "reject": "rejected", None: "decision forgotten"}[decision]
            print(f"{row['id']}  {what}: {_line(row)}")
            print(f"kept across re-runs; {row['relinked']} articles will be linked again by `marsad process`",
                  file=sys.stderr)
        return 0
    m = marsad.open(args.db)
    say_which(m, args.person, "--person")
    rows = m.roles(person=args.person, status=args.status)
    listing.show(listing.after(rows, lambda r: r["id"], args.after, "office change"), args, render=_render,
                 emit=emit_json, key=lambda r: r["id"],
                 command=listing.repeat(args, "marsad roles", "--person", "--status"))
    return 0


def _line(r: dict) -> str:
    office = r.get("title") or r["office"]
    of = f" ({r['of_name']})" if r.get("of_name") else ""
    pred = f", after {r['predecessor_name']}" if r.get("predecessor_name") else ""
    return f"{r.get('date') or '?'}  {r['change']}: {r['person_name']} — {office}{of}{pred}"


def _render(rows: list[dict]) -> None:
    # as the other listings, a header: what each column is (0.60 a confidence, «?» a date the news does not give)
    print(f"{'id':<12}  {'status':<9} conf  date  change: person — office (of), after predecessor")
    for r in rows:
        print(f"{r['id']}  {r['status']:<9} {r['confidence']:.2f}  {_line(r)}")
        for s in r["sources"][:3]:
            print(f"      [{s['article_id']} {s['start']}–{s['end']}] {s['change']} {s['confidence']:.2f}")
        if len(r["sources"]) > 3:
            print(f"      … {len(r['sources']) - 3} more sources")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("roles", help="office changes learned from the news (elected, appointed, resigned ...); "
                                     "accept or reject one")
    p.add_argument("action", nargs="*", metavar="accept|reject|forget ID",
                   help="accept or reject a learned change, or forget your decision (kept across re-runs)")
    p.add_argument("--person", help="only the changes of this person (id or name), as holder or predecessor")
    p.add_argument("--status", choices=_STATUSES,
                   help="learned (used for linking), below (the confidence threshold), accepted, rejected, "
                        "no-office (no country, organisation or city)")
    listing.add_arguments(p, key="id")
    p.set_defaults(func=cmd_roles)
