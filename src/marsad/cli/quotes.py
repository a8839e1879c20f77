"""``marsad quotes``: who said what, grouped across the outlets that reported it."""

from __future__ import annotations

import argparse

import marsad
from marsad.cli.core import emit_json
from marsad.nlp.quote_records import QuoteGroup, QuoteQuery


def render_text(groups: list[QuoteGroup]) -> None:
    """Print groups: the speaker, how many outlets reported the statement, and each outlet's wording."""
    for g in groups:
        head = f"[{g.id}] {g.speaker_name or '?'} ({g.kind})"
        if len(g.outlets) > 1:
            head += f" — reported by {len(g.outlets)} outlets"
        print(head)
        for q in g.quotes:
            via = f" via {q.via.get('text')}" if q.via else ""
            print(f"  {q.outlet or '-'} [{q.article_id}]{via}: {q.cue} … {q.content}")
        print()


def cmd_quotes(args: argparse.Namespace) -> int:
    query = QuoteQuery(speaker=args.speaker, story=args.story, article=args.article, limit=args.limit)
    groups = marsad.open(args.db).quotes(query)
    if args.json:
        emit_json(q for g in groups for q in g.quotes)
    else:
        render_text(groups)
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("quotes", help="list quotes with their speakers, grouped across outlets")
    p.add_argument("--speaker", metavar="NAME|ID", help="only quotes by this speaker (entity id or part of a name)")
    p.add_argument("--story", metavar="ID", help="only quotes from the articles of this story")
    p.add_argument("--article", metavar="ID", help="only quotes from this article")
    p.add_argument("--limit", type=int, default=None, help="at most this many quotes")
    p.add_argument("--json", action="store_true", help="print JSON Lines, one quote per line (with group and outlets)")
    p.set_defaults(func=cmd_quotes)
