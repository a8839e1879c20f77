"""Entity commands: ``marsad entities``, ``marsad entity ID_OR_NAME``, ``marsad kb build``, ``marsad kb add FILE``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import marsad
from marsad.cli import listing
from marsad.cli.core import emit_json, outlet_name, say_which, table
from marsad.models import counted
from marsad.nlp.kb.kb import office_title


def cmd_entities(args: argparse.Namespace) -> int:
    since, until = listing.days(args)
    rows = marsad.open(args.db).entities(args.type, None, since=since, until=until, outlet=args.outlet)
    columns = [("id", "id", 42), ("type", "type", 4), ("mentions", "mentions", 8), ("articles", "articles", 8),
               ("name_en", "english", 28), ("name_ar", "arabic", 0)]
    listing.show(listing.after(rows, lambda r: r["id"], args.after, "entity"), args,
                 render=lambda page: table(page, columns), emit=emit_json, key=lambda r: r["id"],
                 command=listing.repeat(args, "marsad entities", "--type", "--since", "--until", "--outlet"))
    return 0


def cmd_entity(args: argparse.Namespace) -> int:
    words = list(args.entity)
    if words[0] in ("merge", "split") and len(words) == 3:
        m = marsad.open(args.db)
        report = m.merge_entities(words[1], words[2]) if words[0] == "merge" else m.split_entity(words[1], words[2])
        if args.json:
            emit_json([{"merged": report.merged, "split": report.split, "articles": report.articles}])
        else:
            for a, b, _c in report.merged:
                print(f"merged {a} into {b}")
            for a, b in report.split:
                print(f"split {a} off {b}")
            print(f"{counted(len(report.articles), 'article')} relinked; kept across re-runs", file=sys.stderr)
        return 0
    if len(words) != 1:
        print("usage: marsad entity ID_OR_NAME | marsad entity merge A B | marsad entity split ENTITY NAME", file=sys.stderr)
        return 2
    m = marsad.open(args.db)
    say_which(m, words[0], "entity")
    d = m.entity(words[0], limit=args.limit)
    if args.json:
        emit_json([d])
        return 0
    e = d["entity"]
    print(f"{e['id']}  {e['type']}  {e['name_ar']}  {e.get('name_en') or ''}")
    print(f"  names: {' | '.join(d['names'])}")
    for r in d["roles"]:
        when = f"{r.get('start') or '?'} – {r.get('end') or ''}"
        title = r.get("title_ar") or office_title(r["title"])  # «وزير الخارجية», not "foreign_minister"
        print(f"  role: {title} ({r.get('of_name_ar') or r.get('of_name') or r.get('of') or '-'}) {when}")
    for h in d.get("merge_history") or []:
        print(f"  {h['action']}: {h['entity_id']} → {h['target_id']} ({h['method']}, confidence {h['confidence']:.2f})")
    print(f"  {counted(d['mentions'], 'mention')} in {counted(d['article_count'], 'article')}")
    for a in d["articles"]:
        day = (a.get("published_at") or "-")[:10]  # not the second a page was fetched
        print(f"    {a['id']}  {day:10}  {outlet_name(a.get('outlet')):20}  {a['mentions']:3}  {a.get('title') or ''}")
    if d["cooccurring"]:
        print("  appears with:")
        for c in d["cooccurring"]:
            one = "article " if c["articles"] == 1 else "articles"
            print(f"    {c['id']:40}  {c['articles']:4} {one}  {c.get('name_en') or ''}  {c.get('name_ar') or ''}")
    if d["events"]:
        print("  events:")
        for ev in d["events"]:
            mode = f"/{ev['mode']}" if ev.get("mode") else ""
            when = ("≤" if ev.get("date") and ev.get("date_bound") == "on_or_before" else "") + (ev.get("date") or "-")[:10]
            source = outlet_name(ev["outlet"]) if ev.get("outlet") else ev["article_id"]
            print(f"    {when:10}  {ev['type'] + mode:18}  {ev.get('actor') or '-'} → "
                  f"{ev.get('recipient') or '-'}  [{source}]")
            print(f"        {(ev.get('sentence') or '').strip()[:110]}")
    return 0


def cmd_kb_build(args: argparse.Namespace) -> int:
    from marsad.nlp.kb.build import build_kb

    r = build_kb(Path(args.shared) if args.shared else None, Path(args.out) if args.out else None)
    print(f"wrote {r.path}: {r.entities} entities ({r.bytes / 1e3:.0f} kB); by type {r.by_type}; by source {r.by_source}", file=sys.stderr)
    return 0


def cmd_kb_add(args: argparse.Namespace) -> int:
    added = marsad.open(args.db).add_entities(args.file)
    if args.json:
        emit_json(added)
    else:
        for e in added:
            print(f"{e.id}\t{e.type}\t{e.name_ar}\t{e.name_en or ''}")
        one = len(added) == 1
        print(f"added {len(added)} {'entity' if one else 'entities'}; re-run `marsad process --redo link` to link "
              f"{'it' if one else 'them'} in stored articles", file=sys.stderr)
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("entities", help="entities mentioned in the database, with mention and article counts")
    p.add_argument("--type", choices=["PER", "LOC", "ORG", "MISC"], type=str.upper, help="only this entity type")
    listing.add_reported(p, "mentions")
    listing.add_arguments(p, key="id")
    p.set_defaults(func=cmd_entities)

    p = sub.add_parser("entity", help="one entity: names, roles, articles, co-occurring entities; or merge/split entities")
    p.add_argument("entity", nargs="+", metavar="ID_OR_NAME",
                   help="entity id (per:vladimir-putin) or a name in any spelling; `merge A B` merges A into B, "
                        "`split ENTITY NAME` splits a merged name off ENTITY (both kept across re-runs)")
    p.add_argument("--limit", type=int, default=50, help="at most this many articles and co-occurring entities (default 50)")
    p.add_argument("--json", action="store_true", help="print the entity as one JSON object")
    p.set_defaults(func=cmd_entity)

    kb = sub.add_parser("kb", help="the knowledge base of canonical actors")
    kb_sub = kb.add_subparsers(dest="kb_command", metavar="ACTION")
    b = kb_sub.add_parser("build", help="rebuild the shipped knowledge base from ../shared data and the facts tables")
    b.add_argument("--shared", help="shared data directory (default ../shared or $MARSAD_SHARED)")
    b.add_argument("--out", help="file to write (default: the KB shipped in the package)")
    b.set_defaults(func=cmd_kb_build, db_use="none")
    a = kb_sub.add_parser("add", help="add your own entities from a YAML or CSV file to the database (merged into linking)")
    a.add_argument("file", metavar="FILE", help=".yaml/.yml list of {type, name_ar, name_en, aliases, roles} or .csv with type,name_ar,name_en,aliases")
    a.add_argument("--json", action="store_true", help="print the added entities as JSON Lines")
    a.set_defaults(func=cmd_kb_add)
    kb.set_defaults(func=lambda args: kb.print_help() or 2, db_use="none")
