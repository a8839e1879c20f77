"""Story commands: stories, story, cluster."""

from __future__ import annotations

import argparse
import sys
from typing import Any

import marsad
from marsad.cli import listing
from marsad.cli.core import _entity_filter, amount, emit_json, outlet_name, outlet_names, shorten, table
from marsad.models import counted
from marsad.nlp.timex import readable_day


def cmd_stories(args: argparse.Namespace) -> int:
    m = marsad.open(args.db)
    since, until = listing.days(args)
    entity = _entity_filter(m, args.entity) if args.entity else None
    rows = m.stories(since=since, until=until, outlet=args.outlet, min_size=args.min_size, entity=entity)
    if not rows and not args.json:
        wanted = [f"seen on or after {since}"] * bool(since) + [f"seen on or before {until}"] * bool(until) + [
            f"reported by {args.outlet}"] * bool(args.outlet) + [f"of {args.min_size} articles or more"] * (
            args.min_size > 1) + [f"that mention {args.entity}"] * bool(entity)
        if wanted and m.stories(limit=1):  # («run `marsad process`» said of a store of 786 stories, none that late)
            print(f"no stories {' and '.join(wanted)}; `marsad stories` without "
                  f"{'them' if len(wanted) > 1 else 'it'} lists the others")
        else:
            print("no stories (run `marsad process` or `marsad cluster`)")
        return 0

    def render(page: list[dict[str, Any]]) -> None:
        for r in page:
            # first → last, in that order whatever the terminal's direction
            r["span"] = " → ".join(dict.fromkeys(d[:10] for d in (r["first_seen"], r["last_seen"]) if d))
            r["n_outlets"] = len(r["outlets"])
        table(page, [("id", "id", 14), ("size", "arts", 4), ("n_outlets", "outl", 4), ("span", "seen", 24),
                     ("title", "title", 0)])

    listing.show(listing.after(rows, lambda r: r["id"], args.after, "story"), args, render=render, emit=emit_json,
                 key=lambda r: r["id"],
                 command=listing.repeat(args, "marsad stories", "--since", "--until", "--outlet", "--entity",
                                        *(["--min-size"] if args.min_size != 1 else [])))
    return 0


def _sentence(s: dict[str, Any]) -> str:
    return f"      [{_cites([s])}] {shorten(s['text'], 160)}"


def _cites(refs: list[dict[str, Any]], outlets: list[str] | None = None) -> str:
    """Each outlet once, with the article it is read in (the start of its id, which `marsad show` and `marsad show
    --json` take): «[الرياض]» alone named no report of the story's seven from Al-Riyadh.  ``outlets``: every outlet
    that reports it, those ``refs`` do not name an article of listed bare."""
    first: dict[Any, str | None] = {}
    for r in refs:
        if r.get("outlet") not in first or not first[r.get("outlet")]:
            first[r.get("outlet")] = r.get("article_id")
    for o in outlets or []:
        first.setdefault(o, None)
    return ", ".join(outlet_name(o) + (f" {aid[:ARTICLE_PREFIX]}" if aid else "") for o, aid in first.items())


ARTICLE_PREFIX = 8  # characters of an article id a citation shows


def _about(item: dict[str, Any]) -> str:
    """What a compared item is about, in Arabic when the comparison worded it so (the Arabic story page's label):
    the English one holds the outlets' Arabic noun and read «number of قرارات»."""
    return item.get("about_ar") or item["about"]


def _value(item: dict[str, Any]) -> str:
    """An agreed fact's figure in Arabic words («10 يوم», «نحو 15», not «10 days», «~15»)."""
    return str(item.get("value_ar") or item["value"])


def print_story(view: dict[str, Any], *, max_items: int = 6) -> None:
    """Plain-text rendering of :func:`marsad.stories.view.story_view`."""
    print(view["title"])
    print("=" * min(80, max(10, len(view["title"]))))
    print(f"{view['id']}: {counted(view['size'], 'article')}, "
          f"seen {view['first_seen'] or '?'} – {view['last_seen'] or '?'}")
    if view["key_entities"]:
        print("entities: " + ", ".join(e["name"] for e in view["key_entities"][:10]))
    print("\nOutlets:")
    by_id = {a["id"]: a for a in view["articles"]}
    for o in view["outlets"]:
        print(f"  {outlet_name(o['outlet'])}")
        for aid in o["articles"]:
            a = by_id[aid]
            extra = f"  (copy of {a['syndicated_from']})" if a.get("syndicated_from") else ""
            print(f"    {aid}  {(a['published_at'] or '')[:10]:<10}  {a['title'] or a['origin']}{extra}")
    if view["summary"]:
        print("\nSummary:")
        by_source = {a["id"]: a.get("source") for a in view["articles"]}
        for s in view["summary"]:
            refs = [s, *({"article_id": aid, "outlet": by_source.get(aid)} for aid in s.get("cites") or [])]
            print(f"  - {s['text']}  [{_cites([r for r in refs if r.get('outlet')], s['outlets'])}]")
    if view["timeline"]:
        print("\nTimeline:")
        for t in view["timeline"]:
            fetched = " (the day its page was fetched, no date of its own)" if t.get("kind") == "fetched" else ""
            day = ("≤ " if t.get("date_bound") else "") + readable_day(t["date"])  # counted from a fetch day
            print(f"  {day:<10}  {shorten(t['text'], 140)}  [{_cites(t.get('sources') or [], t['outlets'])}]{fetched}")
    if view["quotes"]:
        print("\nQuotes:")
        for g in view["quotes"][:max_items]:
            print(f"  {g['speaker'] or '(unknown speaker)'} ({len(g['quotes'])})")
            for q in g["quotes"][:3]:
                print(f"      «{shorten(q['text'], 140)}» [{_cites([q, *(q.get('also') or [])])}]")
    comp = view["comparison"]
    if comp["agreements"]:
        print("\nAgreements:")
        for a in comp["agreements"][:max_items]:
            head = f"{_about(a)}: {_value(a)}" if a["kind"] == "fact" else shorten(_about(a), 140)
            print(f"  * {head}  [{outlet_names(a['outlets'])}]")
            for s in a["sentences"][:4]:
                print(_sentence(s))
    if comp["disagreements"]:
        print("\nDisagreements:")
        for d in comp["disagreements"][:max_items]:
            print(f"  ! {_about(d)}")
            for v in d["values"]:
                print(f"    {_value(v)}: {outlet_names(v['outlets'])}")
                for s in v["sentences"][:2]:
                    print("  " + _sentence(s))
    if comp["single_outlet_claims"]:
        print("\nOnly one outlet says:")
        for c in comp["single_outlet_claims"][:max_items]:
            print(f"  [{_cites((c.get('sentences') or [])[:1], [c['outlet']])}] {shorten(c['about'], 160)}")
    if comp["distinctive_wording"]:
        print("\nDistinctive wording:")
        for src, words in comp["distinctive_wording"].items():
            print(f"  {outlet_name(src)}: " + ", ".join(w["word"] for w in words))


def cmd_story(args: argparse.Namespace) -> int:
    m = marsad.open(args.db)
    view = m.story(args.id)
    if view is None:
        from marsad.views import no_story

        raise no_story(args.id, m.store)
    if args.json:
        emit_json([view])
    else:
        print_story(view)
    return 0


def cmd_cluster(args: argparse.Namespace) -> int:
    for summary in marsad.open(args.db).cluster(rebuild=args.rebuild):
        print(summary, file=sys.stderr)
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("stories", help="list stories: groups of articles about one event across outlets")
    p.add_argument("--since", help="only stories seen on or after this ISO date")
    listing.add_reported(p, "stories", since=False)
    p.add_argument("--min-size", type=amount("a number of articles", 1), default=1,
                   help="only stories with at least N articles")
    p.add_argument("--entity", metavar="NAME|ID", help="only stories that mention this actor (an id or a name), "
                   "as `marsad articles --entity`: an actor followed from story to story")
    listing.add_arguments(p, key="id")
    p.set_defaults(func=cmd_stories)

    p = sub.add_parser("story", help="one story: outlets, timeline, quotes, summary, agreements and disagreements")
    p.add_argument("id", help="story id (a unique prefix is enough)")
    p.add_argument("--json", action="store_true", help="print the story as one JSON object")
    p.set_defaults(func=cmd_story)

    p = sub.add_parser("cluster", help="link syndicated copies and group new articles into stories")
    p.add_argument("--rebuild", action="store_true", help="forget all stories and copies and redo them from scratch")
    p.set_defaults(func=cmd_cluster)
