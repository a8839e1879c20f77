"""``marsad quotes``: who said what, grouped across the outlets that reported it."""

from __future__ import annotations

import argparse

import marsad
from marsad.cli import listing
from marsad.cli.core import emit_json, outlet_name, say_which
from marsad.nlp.quote_records import QuoteGroup, QuoteQuery, no_quotes_by


def _speaker(g: QuoteGroup) -> str:
    """The speaker in Arabic, as the news names them, then the English name a known actor has: «Ahmet Davutoğlu»
    alone headed the statements an Arabic daily's journalist read (``speaker_name``, for data, stays the English)."""
    arabic = next((n for q in g.quotes if (n := (q.speaker or {}).get("name_ar"))), None)
    if arabic and g.speaker_name and arabic != g.speaker_name:
        return f"{arabic} / {g.speaker_name}"
    return g.speaker_name or arabic or "?"


def render_text(groups: list[QuoteGroup]) -> None:
    """Print groups: the speaker, how many outlets reported the statement, and each outlet's wording."""
    for g in groups:
        head = f"[{g.id}] {_speaker(g)} ({g.kind})"
        if len(g.outlets) > 1:
            head += f" — reported by {len(g.outlets)} outlets"
        print(head)
        # one line per wording of an outlet: a page and its copy stored apart are one line naming both
        lines: dict[tuple[str | None, str, str, str], list[str]] = {}
        for q in g.quotes:
            via = f" via {q.via.get('text')}" if q.via else ""
            lines.setdefault((q.outlet, via, q.cue, q.content), []).append(q.article_id)
        for (outlet, via, cue, content), ids in lines.items():
            ids = list(dict.fromkeys(ids))  # a page that prints the paragraph twice is named once
            also = f" (also {', '.join(ids[1:])})" if len(ids) > 1 else ""
            print(f"  {outlet_name(outlet)} [{ids[0]}]{also}{via}: {cue} … {content}")
        print()


def cmd_quotes(args: argparse.Namespace) -> int:
    since, until = listing.days(args)
    m = marsad.open(args.db)
    say_which(m, args.speaker, "--speaker")
    query = QuoteQuery(speaker=args.speaker, story=args.story, article=args.article, since=since, until=until,
                       outlet=args.outlet)
    if not (query.narrowed or args.json) and _stored_page(m, args):
        return 0
    groups = m.quotes(query)
    if args.speaker and not groups and not (since or until or args.outlet):
        raise no_quotes_by(args.speaker)
    command = listing.repeat(args, "marsad quotes", "--speaker", "--story", "--article", "--since", "--until",
                             "--outlet")
    if args.json:  # one quote per line (with its group and outlets); --after takes a group id here too
        rows = (q for g in listing.after(groups, lambda g: g.id, args.after, "statement") for q in g.quotes)
        listing.show(rows, args, render=render_text, emit=emit_json, key=lambda q: q.group, command=command)
    else:
        listing.show(listing.after(groups, lambda g: g.id, args.after, "statement"), args, render=render_text,
                     emit=emit_json, key=lambda g: g.id, command=command)
    return 0


def _stored_page(m: "marsad.Marsad", args: argparse.Namespace) -> bool:
    """A terminal's page of every statement read from the groups `process` stored (as ``GET /api/quotes``): that
    page's quotes only, not every quote grouped again.  False when none are stored for the quotes now stored."""
    from marsad.nlp.quote_records import stored_groups

    n = listing.limit_of(args)
    if n is None:
        return False
    page = stored_groups(m.store, limit=n, after=args.after)
    if page is None:
        return False
    start = (m.store.quote_group_ordinal(args.after) or 0) + 1 if args.after else 0
    more = m.store.quote_group_count() - start - len(page)
    listing.show(page, args, render=render_text, emit=emit_json, key=lambda g: g.id,
                 command=listing.repeat(args, "marsad quotes"), remaining=lambda _last: more)
    return True


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("quotes", help="list quotes with their speakers, grouped across outlets")
    p.add_argument("--speaker", metavar="NAME|ID", help="only quotes by this speaker (entity id or part of a name)")
    p.add_argument("--story", metavar="ID", help="only quotes from the articles of this story")
    p.add_argument("--article", metavar="ID", help="only quotes from this article")
    p.add_argument("--since", help="only quotes reported on or after this ISO date")
    p.add_argument("--until", help="only quotes reported on or before this ISO date")
    p.add_argument("--outlet", help="only quotes this outlet reported (its key or name: okaz, عكاظ)")
    listing.add_arguments(p, key="statement")
    p.set_defaults(func=cmd_quotes)
