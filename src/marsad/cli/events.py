"""``marsad events``, ``marsad graph``, ``marsad relations``, ``marsad treaties``: who did what to whom."""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from typing import Any

import marsad
from marsad.cli import listing
from marsad.cli.core import emit_json, outlet_name, say_which
from marsad.errors import NotFoundError, UsageError
from marsad.graph import GraphOptions, RelationsOptions, graph_to_dict, graph_to_graphml
from marsad.nlp.events.lexicon import PLOVER_TYPES
from marsad.nlp.events.records import EventQuery


def _name(p: dict | None) -> str:
    """A party as the Arabic news names it (its canonical Arabic name, else the words of the report), the English
    name only for one that has no other: «Barack Obama → اوهورو كينياتا», «Kurdistan Workers' Party» in a listing of
    Arabic reports (--json keeps both names)."""
    if not p:
        return "?"
    return str(p.get("name") or p.get("text") or p.get("name_en") or "?")


def _types(given: list[str] | None) -> tuple[str, ...]:
    """Checked PLOVER types from --type: an unknown one is an error (exit 2), never an empty answer."""
    types = tuple(t.upper() for t in given or ())
    unknown = [t for t in types if t not in PLOVER_TYPES]
    if unknown:
        raise UsageError(f"unknown event type {', '.join(unknown)}; use one of {', '.join(PLOVER_TYPES)}")
    return types


def cmd_events(args: argparse.Namespace) -> int:
    types = _types(args.type)
    since, until = listing.days(args)
    query = EventQuery(types=types, actor=args.actor, since=since, until=until, min_confidence=args.min_confidence,
                       shown_only=not args.all, latest_first=True)
    m = marsad.open(args.db)
    say_which(m, args.actor, "--actor", exact_text=True)
    events = m.events(query)
    if args.actor and not events:
        m.entity(args.actor, limit=1)  # an actor nobody knows is an error (exit 2), a quiet one is an empty list
    key = lambda e: f"{e.article_id}:{e.start}"  # noqa: E731
    listing.show(listing.after(events, key, args.after, "event"), args, render=_render_events,
                 emit=lambda rows: emit_json(e.to_dict() for e in rows), key=key,
                 command=listing.repeat(args, "marsad events", "--type", "--actor", "--since", "--until", "--all"))
    return 0


def _render_events(events: list) -> None:
    for e in events:
        d = e.data
        flags = d.get("modality", "")
        if d.get("negated") and flags != "denied":
            flags += ", negated"
        via = f" (according to {_name(d['reported_by'])})" if d.get("reported_by") else ""
        print(f"{e.when:<19}  {e.type:<10} {_name(d.get('actor'))} → {_name(d.get('recipient'))}"
              f"  [{d.get('mode') or '-'}; {flags}; {d.get('confidence')}]{via}")
        print(" " * 21 + f"{outlet_name(e.outlet)} [{e.article_id}]: {e.sentence_text}")


def cmd_graph(args: argparse.Namespace) -> int:
    since, until = listing.days(args)
    opts = GraphOptions(actor=args.actor, since=since, until=until, types=_types(args.type), by_country=args.by_country)
    m = marsad.open(args.db)
    say_which(m, args.actor, "--actor", exact_text=True)
    g = m.graph(opts)
    if args.actor and not g.nodes:
        m.entity(args.actor, limit=1)  # an unknown actor is an error (exit 2), not an empty graph
    if args.format == "graphml":
        sys.stdout.write(graph_to_graphml(g))
    else:
        json.dump(graph_to_dict(g), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    return 0


def cmd_relations(args: argparse.Namespace) -> int:
    rtype = _types([args.type] if args.type else None)
    since, until = listing.days(args)
    opts = RelationsOptions(type=rtype[0] if rtype else None, mode=args.mode, since=since, until=until,
                            by_country=args.by_country)
    m = marsad.open(args.db)
    say_which(m, args.actor, "relations", exact_text=True)
    rows = m.relations(args.actor, opts)
    if not rows:
        m.entity(args.actor, limit=1)  # an unknown actor is an error (exit 2), not an empty answer
    if args.mode and not any(r["events"] for r in rows):  # a mode typed wrong printed "0 events" per counterpart
        every = m.relations(args.actor, dataclasses.replace(opts, mode=None))
        modes = sorted({e["mode"] for r in every for e in r["events"] if e["mode"]})
        raise NotFoundError(f"--mode {args.mode!r}: no event of {args.actor} has this mode; "
                            + (f"the modes of its events: {', '.join(modes)}" if modes else "it has no events"
                               + (" of these types or dates" if args.type or args.since or args.until else "")))
    # a listing as every other: a page on a terminal with a footer that keeps --limit, --after a counterpart's key
    command = listing.repeat(args, f"marsad relations {listing.quoted(args.actor)}", "--type", "--mode", "--since",
                             "--until", "--by-country")
    listing.show(listing.after(rows, _counterpart_key, args.after, "counterpart"), args, render=_render_relations,
                 emit=emit_json, key=_counterpart_key, command=command)
    return 0


def _counterpart_key(row: dict[str, Any]) -> str:
    """What ``relations --after`` takes: the counterpart's id, else its name («-» for no other party named)."""
    other = row.get("counterpart") or {}
    return str(other.get("entity_id") or other.get("name") or "-")


def _render_relations(rows: list[dict[str, Any]]) -> None:
    for r in rows:
        who = _name(r["counterpart"]) if r["counterpart"] else "(no other party named)"
        n = len(r["events"])
        print(f"{who}: {n} event{'' if n == 1 else 's'}, balance {r['balance']:+.1f}")
        for e in r["events"]:
            arrow = "→" if e["direction"] == "by" else "←"
            # the day: a report's date may carry the second its page was fetched (2015-07-21T02:54:20)
            when = ("≤ " if e.get("date_bound") == "on_or_before" else "") + (e["date"] or "?")[:10]
            print(f"  {arrow} {e['type']}/{e['mode'] or '-'} {when} [{e['modality']}] "
                  f"{outlet_name(e['outlet'])} [{e['article_id']}]: {e['sentence']}")
        for t in r["agreements"]:
            kinds = ", ".join(c["kind"] + (f":{c['area']}" if c["area"] else "") for c in t["clauses"]) or "-"
            steps = ", ".join(f"{s['kind']} {s['date'] or '?'}" for s in t.get("steps", [])) or "-"
            print(f"  ⇄ agreement {t['name'] or '?'} signed {t['date_signed'] or '?'}; steps: {steps}; clauses: {kinds}")
            for c in t["clauses"]:
                for s in c["sources"]:
                    print(f"      {c['kind']}: {outlet_name(s['outlet'])} [{s['article_id']}]: {s['sentence']}")


def cmd_treaties(args: argparse.Namespace) -> int:
    m = marsad.open(args.db)
    say_which(m, args.party, "--party", exact_text=True)
    since, until = listing.days(args)
    found = m.treaties(args.party, include_all=args.all, since=since, until=until, outlet=args.outlet)
    if args.party and not found:
        m.entity(args.party, limit=1)  # an unknown party is an error (exit 2), not an empty answer
    if not found and not args.json:  # as every listing: a blank answer reads as a hang or a failure
        print("nothing to list" + ("" if args.all else " (--all also lists old agreements only recalled, and ones "
                                                         "the reports neither name nor give two parties)"))
        return 0
    listing.show(listing.after(found, lambda t: t.id, args.after, "agreement"), args,
                 render=lambda page: [_print_treaty(t) for t in page], emit=emit_json, key=lambda t: t.id,
                 command=listing.repeat(args, "marsad treaties", "--party", "--all", "--since", "--until",
                                                "--outlet"))
    return 0


def cmd_treaty(args: argparse.Namespace) -> int:
    m = marsad.open(args.db)
    t = m.treaty(args.id)
    if t is None:
        from marsad.views import no_treaty

        raise no_treaty(args.id, m.store)
    if args.json:
        emit_json([t])
    else:
        _print_treaty(t)
    return 0


def _print_treaty(t: Any) -> None:
    """One record as `marsad treaties` lists it: name, parties, reports, aliases, steps with their sources."""
    parties = " – ".join(_name(p) for p in t.parties) or "?"
    old = " [background: an old agreement recalled]" if t.background else ""
    old += " [a contract of companies or institutions]" if t.organisations else ""
    reports = len({src.article_id for src in t.sources})  # articles, not the sentences each gives
    print(f"[{t.id}] {t.name or 'agreement'}: {parties} ({reports} report{'s' if reports != 1 else ''}, "
          f"{t.first_reported or '?'} … {t.last_reported or '?'}){old}")
    if t.aliases:
        print(f"  also called: {' | '.join(t.aliases)}")
    if t.duration:
        again = ", renewable" if t.duration.get("renewable") else ""
        said = t.duration.get("said") or t.duration.get("period")  # as the page: the period when no words
        print(f"  duration: {said} ({t.duration.get('period')}{again})")
    for prior in t.replaces:
        print(f"  replaces: {prior.get('name')}" + (f" [{prior['id']}]" if prior.get("id") else ""))
    for s in t.steps:
        by = f" by {s.by.get('name')}" if s.by else ""
        by += f" until {s.until}" if s.until else ""
        by += f" for {s.period_said} ({s.period})" if s.period and s.period_said else \
            f" for {s.period}" if s.period else ""
        if s.agreement:  # a replaced step: the new agreement, its own segment (not read as who acted)
            by += f"; replaced by {s.agreement.get('name')}" + (f" [{s.agreement['id']}]"
                                                                if s.agreement.get("id") else "")
        when = (s.date or "?") + {"article": " (report date)", "before": " (by then)",
                                  "session": " (session day)", "period": " (due)"}.get(s.date_source or "", "")
        expected = " [expected]" if s.modality == "expected" else ""
        print(f"  {when:<24} {s.kind}{by}{expected}")
        for src in s.sources:
            print(f"      {outlet_name(src.outlet)} {(src.published_at or '')[:10]} [{src.article_id}]: {src.text}")
    for c in t.clauses:
        n = len(c.sources)
        print(f"  clause {c.kind}{':' + c.area if c.area else ''} ({n} source{'s' if n != 1 else ''})")


def register(sub: argparse._SubParsersAction) -> None:
    types = ", ".join(PLOVER_TYPES)
    p = sub.add_parser("events", help="list political events (PLOVER): who did what to whom, when, per source; "
                       "the latest news first")
    p.add_argument("--type", action="append", metavar="TYPE", help=f"only this PLOVER type (repeatable): {types}")
    p.add_argument("--actor", metavar="NAME|ID", help="only events where this actor acts or is acted upon")
    p.add_argument("--since", metavar="DATE", help="only events on or after this ISO date")
    p.add_argument("--until", metavar="DATE", help="only events on or before this ISO date")
    p.add_argument("--min-confidence", type=float, default=0.0, help="drop events below this confidence")
    p.add_argument("--all", action="store_true",
                   help="also the events the coder is unsure of (shown: false), left out by default")
    listing.add_arguments(p, key="event")
    p.set_defaults(func=cmd_events)

    p = sub.add_parser("graph", help="the actor graph: events, cooperation/conflict balance, agreements, quotes")
    p.add_argument("--actor", metavar="NAME|ID", help="only edges touching this actor")
    p.add_argument("--since", metavar="DATE", help="only events on or after this ISO date")
    p.add_argument("--until", metavar="DATE", help="only events on or before this ISO date")
    p.add_argument("--type", action="append", metavar="TYPE", help="only this PLOVER type (repeatable)")
    p.add_argument("--by-country", action="store_true", help="fold persons into their country")
    p.add_argument("--format", choices=("json", "graphml"), default="json", help="output format (default json)")
    p.set_defaults(func=cmd_graph)

    p = sub.add_parser("relations", help="what an actor did to whom and what others did to it, with sources")
    p.add_argument("actor", metavar="ACTOR", help="entity id, Arabic or English name, or country")
    p.add_argument("--type", metavar="TYPE", help="only this PLOVER type (e.g. AGREE)")
    p.add_argument("--mode", metavar="MODE", help="only this mode (e.g. pledge, sign, military)")
    p.add_argument("--since", metavar="DATE", help="only events on or after this ISO date")
    p.add_argument("--until", metavar="DATE", help="only events on or before this ISO date")
    p.add_argument("--by-country", action="store_true", help="fold persons into their country")
    listing.add_arguments(p, key="counterpart")  # --json (one counterpart a line), --limit, --after: as every listing
    p.set_defaults(func=cmd_relations)

    p = sub.add_parser("treaties", help="agreements followed across reports: parties, dated steps, sources")
    p.add_argument("--party", metavar="NAME|ID", help="only agreements with this party")
    p.add_argument("--all", action="store_true", help="also old agreements only recalled in the news")
    listing.add_reported(p, "agreements")
    listing.add_arguments(p, key="id")  # --json, --limit, --after: as every listing (it printed all, no --limit)
    p.set_defaults(func=cmd_treaties)

    p = sub.add_parser("treaty", help="one agreement: its timeline of dated steps, parties, aliases, sources")
    p.add_argument("id", help="treaty id, as `marsad treaties` shows it (a unique prefix is enough)")
    p.add_argument("--json", action="store_true", help="print the treaty as one JSON object")
    p.set_defaults(func=cmd_treaty)
