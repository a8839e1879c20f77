"""Core commands: ingest, process, articles, show, search, rejections, stats, demo."""

from __future__ import annotations

import argparse
import itertools
import json
import math
import os
import sys
from collections import Counter
from typing import Any, Iterable, Iterator

import marsad
from marsad.cli import listing
from marsad.errors import InputError, NotFoundError, UsageError
from marsad.models import counted, to_dict


def emit_json(rows: Iterable[Any]) -> None:
    """Print JSON Lines, one object per line."""
    out = sys.stdout
    for row in rows:
        out.write(json.dumps(to_dict(row), ensure_ascii=False) + "\n")


def outlet_name(key: str | None) -> str:
    """An outlet as readers know it («عكاظ», not the key ``okaz`` it is stored by); "-" when none is known."""
    from marsad import outlets

    return outlets.display_name(key) if key else "-"


def outlet_names(keys: Iterable[str | None]) -> str:
    return ", ".join(outlet_name(k) for k in keys)


def table(rows: list[dict[str, Any]], columns: list[tuple[str, str, int]]) -> None:
    """Print rows as an aligned plain-text table: (key, header, width) per column; width 0 = rest.

    The ``id`` column is never cut: it widens to the page's longest id, which a user copies into the next command
    (a story split off another, ``s-ede2fe0176be-1``, was shown as «s-ede2fe0176b…», the start of two stories)."""
    columns = [(key, h, max([w] + [len(str(r.get(key) or "")) for r in rows]) if key == "id" and w else w)
               for key, h, w in columns]
    print("  ".join(h.ljust(w) if w else h for _, h, w in columns))
    for r in rows:
        cells = []
        for key, _, w in columns:
            v = r.get(key)
            v = "" if v is None else str(v)
            if w and len(v) > w:  # cut, and say so: «موقع البوصلة العرب» would read as a name of its own
                v = v[:w - 1] + "…"
            cells.append(v.ljust(w) if w else v)
        print("  ".join(cells))


def say_which(m: "marsad.Marsad", name: str | None, option: str, *, exact_text: bool = False) -> None:
    """On stderr, the actor a part of a name given to ``option`` was taken as, and the others that have it.

    ``exact_text``: the filter matches names as written or ids (events, graph, relations, treaties), so the
    note gives the id that takes every event of the actor meant.
    """
    if not name:
        return
    found = m.which_entity(name)
    if found.entity is not None and found.office is not None:  # an office's title: its holder on a day
        from marsad.nlp.kb.kb import load_kb, office_title

        office, of, day = found.office
        whose = load_kb().get(of)
        when = f"on {day}, the latest day of the stored news" if day else "now (no news is stored)"
        held = f"{office_title(office)} ({whose.name_ar if whose else of}) {when}"
        if exact_text:  # (the filter matches names as written: the holder's id takes his)
            print(f"{option} {name} is an office's title: its holder is {found.entity.id} ({found.entity.name_ar}), "
                  f"{held}: {option} {found.entity.id} takes all of that actor's", file=sys.stderr)
        else:
            print(f"{option} {name}: taken as {found.entity.id} ({found.entity.name_ar}), {held}", file=sys.stderr)
        return
    if found.entity is None or not found.candidates:  # an id, a whole name or a known spelling
        return
    (eid, ename, _), others = found.candidates[0], found.candidates[1:]
    also = ""
    if others:
        also = (f", the most mentioned of {len(found.candidates)} actors with that part of a name (also "
                + ", ".join(f"{i} {n}" for i, n, _ in others[:5]) + (" …" if len(others) > 5 else "") + ")")
    if exact_text:
        print(f"{option} {name} matches actors written so; it is part of the name of {eid} ({ename}){also}: "
              f"{option} {eid} takes all of that actor's", file=sys.stderr)
    else:
        other = "; give an id for another" if others else ""  # (no other actor has that part of a name)
        print(f"{option} {name}: taken as {eid} ({ename}){also}{other}", file=sys.stderr)


def shorten(text: str, n: int) -> str:
    """``text`` in at most ``n`` characters: cut at a word's end and marked «…» when longer (a sentence cut mid-word
    without a mark read as the whole of what was said)."""
    text = " ".join((text or "").split())
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n - 1)
    return text[: cut if cut > n // 2 else n - 1] + "…"


def amount(what: str, low: float = 0, kind: type = int, *, above: bool = False, high: float | None = None,
           note: str = ""):
    """An option's type: ``what`` («a number of processes», «seconds») of at least ``low`` (more than ``low`` with
    ``above``) and at most ``high``, said as an option error (exit 2) otherwise — not taken and run as something else
    (``--workers 0`` ran as 1, ``show --max-spans -1`` hid a layer's last annotation) nor a traceback (``watch
    --interval -5``, ``--timeout 1e300``: sleep and sockets overflow).  ``note`` follows the bound («0: any free
    one»)."""
    bound = f"more than {low:g}" if above else f"{low:g}"
    bound = f"{bound} or more" if high is None else f"{bound}, at most {high:g}" if above else f"{bound} to {high:g}"
    bound = f"{bound}; {note}" if note else bound

    def parse(value: str):
        try:
            n = kind(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expects {what} ({bound}), got {value!r}") from None
        if isinstance(n, float) and not math.isfinite(n) or n < low or above and n == low or high is not None \
                and n > high:  # («nan»; «inf»; a number of digits no float holds is no traceback)
            raise argparse.ArgumentTypeError(f"expects {what} ({bound}), got {n:g}")
        return n

    return parse


# ``--workers N``: each worker is a process holding the analysis models (up to 0.9 GB: the largest of two Dask
# workers peaked at 897 MB over all of SaudiNewsNet) and a core's worth of work; 64 is past what one machine gives
# them, and ``--workers 100000`` (a digit too many, a paste) was taken: a pool of that many processes, each
# loading the models.
MAX_WORKERS = 64
workers = amount("a number of processes", 1, high=MAX_WORKERS, note="each holds the models in memory")
span_count = amount("a number of annotations")  # ``show --max-spans N``
WEEK = 7 * 24 * 3600  # the longest duration an option takes (a delay, an interval, a timeout)
seconds = amount("seconds", 0, float, high=WEEK, note="a week")  # a delay, an interval
timeout = amount("seconds", 0, float, above=True, high=WEEK, note="a week")  # a wait for an answer


def cmd_ingest(args: argparse.Namespace) -> int:
    from marsad.ingest.run import IngestOptions
    from marsad.ingest.sources import SourceOptions, is_url, may_hold_archive, parse_map
    from marsad.ingest.warc import WarcFilter

    since, until = listing.days(args)  # "yesterday" or 2015-13 kept nothing, silently
    languages = [listing.language(v) for v in args.language or []]  # so did «arabic» for ar
    archive_filter = WarcFilter(hosts=args.host or [], since=since, until=until, languages=languages)
    opts = IngestOptions(sources=SourceOptions(field_map=parse_map(args.map), max_bytes=args.max_bytes,
                                               archive_filter=archive_filter, fetch=fetch_options(args)),
                         keep_bytes=not args.no_keep_bytes, workers=args.workers, dask=args.dask)
    missing = [p for p in args.paths if p != "-" and "://" not in p and not os.path.exists(p)]
    if missing:
        raise UsageError(f"no such file or folder: {', '.join(missing)} (nothing was ingested)")
    other = [p for p in args.paths if "://" in p and not is_url(p) and not os.path.exists(p)]
    if other:  # ftp://, file://: read as a file name, «cannot read file: No such file or directory»
        raise UsageError(f"only http:// and https:// addresses are fetched, not {', '.join(other)} (nothing was "
                         "ingested; give a file by its path)")
    given_values = [(f, v) for f, v in (("--since", since), ("--until", until), ("--host", args.host),
                                         ("--language", languages)) if v]
    given = [f for f, _ in given_values]
    if given and not may_hold_archive(args.paths):  # they kept every document of a zip or a folder of pages
        raise UsageError(f"{', '.join(given)} filter{'s' if len(given) == 1 else ''} the records of web archives "
                         f"(WARC/WET) only, and none of "
                         f"these inputs is one: nothing was ingested. Ingest it all, then list a period with "
                         f"`marsad articles --since … --until …` (or `--outlet`, `--language`)")
    m = marsad.open(args.db)
    report = m.ingest(args.paths, opts)
    print(report.summary(), file=sys.stderr)
    passed = report.left_out
    if passed:  # a feed saved as .xml or pages saved as .php in a folder were passed over without a word
        kinds = sorted(passed.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        n = sum(len(files) for _, files in kinds)
        folders = "folder" if sum(os.path.isdir(p) for p in args.paths) == 1 else "folders"
        print(f"  left out {counted(n, 'file')} of the {folders}, of a kind not read as news ("
              + ", ".join(f"{len(files)} {ext}" for ext, files in kinds) + f": {min(kinds[0][1])}"
              + (" …" if n > 1 else "") + "); a file named on its own is read by what it holds", file=sys.stderr)
    if given and not report.seen:  # «0 documents read» alone read as an archive of nothing
        filters = " ".join(f"{f} {v}" for f, vs in given_values for v in ([vs] if isinstance(vs, str) else vs))
        what = "this archive" if len(args.paths) == 1 else "these archives"
        print(f"  no record of {what} passed {filters}; without {'it' if len(given) == 1 else 'them'}, every news "
              "page is read", file=sys.stderr)
    by_reason: dict[str, list[str]] = {}  # 84 blank records of an export: one line, not ten alike
    for r in report.rejections:
        by_reason.setdefault(r.reason, []).append(r.origin)
    for reason, origins in list(by_reason.items())[:10]:
        if len(origins) == 1:
            print(f"  rejected {origins[0]}: {reason}", file=sys.stderr)
        else:
            print(f"  rejected {len(origins)} documents, the first {origins[0]}: {reason}", file=sys.stderr)
    if len(by_reason) > 10 or report.rejected > len(report.rejections):
        print(f"  … see `marsad rejections` for all {report.rejected}", file=sys.stderr)
    elif report.rejected > 1:
        print("  (`marsad rejections` lists each)", file=sys.stderr)
    if report.all_rejected:  # a script must not read "0" as "ingested"
        raise InputError(f"{report.NOTHING_STORED} (`marsad rejections` says why)")
    if args.process:
        print(m.process(process_options(args)).summary(), file=sys.stderr)
    return 0


def fetch_options(args: argparse.Namespace):
    from marsad.ingest.web import FetchOptions

    return FetchOptions(timeout=args.timeout, per_host_delay=args.delay, allow_private=args.allow_private,
                        respect_robots=not args.ignore_robots, max_items=args.max_items)


def add_fetch_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--allow-private", action="store_true", help="URLs: allow private and loopback addresses")
    p.add_argument("--timeout", type=timeout, default=20.0, help="URLs: seconds per request")
    p.add_argument("--delay", type=seconds, default=1.0, help="URLs: seconds between requests to one host")
    p.add_argument("--ignore-robots", action="store_true", help="URLs: do not honour robots.txt")
    p.add_argument("--max-items", type=amount("a number of articles", 1), default=200,
                   help="URLs: articles followed per feed or sitemap")


def add_dask_argument(p: argparse.ArgumentParser) -> None:
    p.add_argument("--dask", metavar="ADDRESS",
                   help="run on Dask: 'local' (a LocalCluster of --workers processes) or a scheduler, tcp://HOST:8786")


def cmd_watch(args: argparse.Namespace) -> int:
    from marsad.ingest.feeds import read_feed_list

    feeds = read_feed_list(args.feeds)
    said: set[str] = set()

    def failures(report, most: int | None = None) -> None:  # each reason once, as it first happens (not after Ctrl-C)
        new = [f for f in dict.fromkeys(report.failures) if f not in said]
        shown = new if most is None else new[:most]
        for f in shown:
            print(f"  failed: {f}", file=sys.stderr)
        if len(new) > len(shown):  # the rest on the next round (or when it stops)
            print(f"  … and {len(new) - len(shown)} more, shown next round", file=sys.stderr)
        said.update(shown)

    def on_round(report) -> None:
        print(report.summary(), file=sys.stderr)
        failures(report, most=10)

    failures(marsad.open(args.db).watch(feeds, options=fetch_options(args), interval=args.interval,
                                        rounds=args.rounds, on_round=on_round))  # (a round Ctrl-C cut short; all)
    return 0


def process_options(args: argparse.Namespace):
    """ProcessOptions from the flags of ``process`` (``ingest --process`` has only some of them)."""
    from marsad.pipeline.runner import ProcessOptions

    return ProcessOptions(only=getattr(args, "stages", None) or None, redo=getattr(args, "redo", None) or [],
                          workers=getattr(args, "workers", 1) or 1, dask=getattr(args, "dask", None),
                          limit=getattr(args, "limit", None))


def cmd_process(args: argparse.Namespace) -> int:
    from marsad.pipeline.registry import builtin_stages

    known = [stage.name for stage in builtin_stages()]
    for flag, names in (("--redo", args.redo), ("--stages", args.stages)):
        unknown = sorted(set(names or []) - set(known))
        if unknown:  # a name typed wrong, as `events --type FOO`: exit 2
            raise UsageError(f"{flag} {', '.join(unknown)}: no such stage; the stages are {', '.join(known)}")
    report = marsad.open(args.db).process(process_options(args))
    print(report.summary(), file=sys.stderr)
    return 0


def cmd_articles(args: argparse.Namespace) -> int:
    from marsad.views import stored_outlet_key

    since, until = listing.days(args)
    m = marsad.open(args.db)
    filters = {"outlet": stored_outlet_key(m.store, args.outlet) if args.outlet else None,
               "language": listing.language(args.language), "since": since, "until": until}
    entity = _entity_filter(m, args.entity) if args.entity else None
    start = 0
    if args.after:
        start = m.store.article_seq(args.after)
        if start is None:
            raise NotFoundError(f"--after {args.after!r}: no such article (give an id a listing showed)")
    if args.json and entity:  # the articles that mention it, whole
        rows: Any = _whole_articles(m, _article_rows(m, start, {**filters, "entity": entity}))
    elif args.json:  # whole articles: text, paragraphs, provenance — what scripts downstream need
        whole = m.iter_articles(after=start, newest_first=True, **filters)  # in the listing's order
        rows = ({**to_dict(a), "length": len(a.text)} for a in whole)
    else:
        rows = _article_rows(m, start, {**filters, "entity": entity} if entity else filters)

    def render(page: list[dict[str, Any]]) -> None:
        for r in page:
            r["date"] = (r["published_at"] or "")[:10]
            r["outlet_name"] = outlet_name(r["outlet"])
        table(page, [("id", "id", 16), ("outlet_name", "outlet", 20), ("date", "date", 10), ("language", "lang", 4),
                     ("length", "chars", 6), ("title", "title", 0)])

    listing.show(rows, args, render=render, emit=emit_json, key=lambda r: r["id"],
                 command=listing.repeat(args, "marsad articles", "--outlet", "--language", "--since", "--until",
                                        "--entity"),
                 remaining=None if entity else lambda last: m.store.article_count(
                     after_seq=last["seq"], newest_first=True, **filters))
    return 0


def _entity_filter(m: "marsad.Marsad", name: str) -> str:
    """The entity id ``--entity`` names (an id, a name, a part of one), as /api/articles?entity= takes it."""
    from marsad.nlp.entity_queries import known_entity

    if m.store.get_entities([name]):
        return name
    say_which(m, name, "--entity")
    return known_entity(m.store, name).id


def _whole_articles(m: "marsad.Marsad", rows: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """The whole articles of summary rows, in their order, read a page at a time."""
    it = iter(rows)
    while page := list(itertools.islice(it, 500)):
        found = m.store.get_articles([r["id"] for r in page])
        yield from ({**to_dict(a), "length": len(a.text)} for a in (found.get(r["id"]) for r in page) if a)


def _article_rows(m: "marsad.Marsad", after_seq: int, filters: dict[str, Any]) -> Iterable[dict[str, Any]]:
    """Article summaries, latest news first, after the article ``after_seq``, fetched a page at a time."""
    while True:
        rows = m.articles(limit=500, after=after_seq, **filters)
        yield from rows
        if len(rows) < 500:
            return
        after_seq = rows[-1]["seq"]


def cmd_show(args: argparse.Namespace) -> int:
    m = marsad.open(args.db)
    view = m.article(args.id)
    if view is None:
        from marsad.views import no_article

        raise no_article(args.id, m.store)
    if args.json:
        emit_json([view])
        return 0
    a = view["article"]
    print(a["title"])
    print("=" * min(80, max(10, len(a["title"]))))
    meta = {k: a[k] for k in ("id", "outlet", "published_at", "date_precision", "fetched_at", "authors", "language",
                              "url", "origin") if a.get(k)}
    if meta.get("outlet"):
        meta["outlet"] = outlet_name(meta["outlet"])
    meta.update((k, v) for k, v in a["provenance"].items() if v)
    width = max(map(len, meta), default=0)  # the colons in one column, however long the longest name
    for key, value in meta.items():
        print(f"{key:>{width}}: {', '.join(value) if isinstance(value, list) else value}")
    print()
    print(a["text"])
    for kind, spans in view["annotations"].items():
        if kind == "sentence":
            print(f"\n[{len(spans)} sentences]")
            continue
        print(f"\n[{kind}: {len(spans)}]")
        for s in spans[: args.max_spans]:
            extra = s["data"].get("name") or s["data"].get("value") or s["data"].get("speaker_name") or ""
            print(f"  {s['start']:>6}-{s['end']:<6} {s['label']:<10} {s['text'][:70]}" + (f"  → {extra}" if extra else ""))
        if len(spans) > args.max_spans:
            print(f"  … {len(spans) - args.max_spans} more (use --json)")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from marsad.views import stored_outlet_key

    if not args.query.strip():  # it printed "no match" (exit 0); the API refuses an empty q with a 422
        raise UsageError("search needs words to look for, e.g. marsad search \"بيونج يانج\"")
    m = marsad.open(args.db)
    # the outlet as stored, as `articles --outlet` and /api/search take it («صحيفة الافق» is «صحيفة الأفق»)
    outlet = stored_outlet_key(m.store, args.outlet) if args.outlet else None
    if args.limit < 0:
        raise UsageError(f"--limit expects 0 (all) or a positive number, got {args.limit}")
    # 0 is every match, as for the listings (it printed "no match"); at most every article matches
    results = m.search(args.query, limit=args.limit or max(1, m.store.article_count()), outlet=outlet)
    if args.json:
        emit_json(results["results"])
        return 0
    if not results["results"]:
        print("no match")
    for r in results["results"]:  # the outlet by the name `marsad articles` shows
        print(f"{r['id']}  {outlet_name(r['outlet'])}  {(r['published_at'] or '-')[:10]}  {r['title']}")
        print(f"    {r['snippet']}")
    if args.limit and len(results["results"]) == args.limit:  # there may be more: say how to see them
        print(f"\n… the best {args.limit} matches; --limit {args.limit * 5} for more")
    return 0


def cmd_rejections(args: argparse.Namespace) -> int:
    rows = marsad.open(args.db).rejections()
    if not rows and not args.json:
        print("no rejections")
        return 0

    def render(page: list[Any]) -> None:
        for r in page:
            print(f"{r.stage:<10} {r.origin}\n           {r.reason}")

    listing.show(listing.after(rows, lambda r: r.origin, args.after, "document"), args, render=render,
                 emit=emit_json, key=lambda r: r.origin, command="marsad rejections")
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    stats = marsad.open(args.db).stats()
    if args.json:
        emit_json([stats])
        return 0
    for section, counts in stats.items():
        print(f"{section}:")
        if section == "outlets":  # by the names --outlet takes and the listings show; two stored names of one
            named: Counter[str] = Counter()  # outlet (a key and a name kept from before it was known) add up
            for k, v in counts.items():
                named[outlet_name(k)] += v
            counts = dict(named.most_common())
        for k, v in counts.items():
            print(f"  {k:<32} {v:>8,}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from marsad.demo.run import run_demo

    print(run_demo(args.out, workers=args.workers))
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ingest", help="ingest files, folders, zips, JSON/JSONL exports, URLs or '-' (stdin)",
                       description="Exit status: 0 when the documents read were stored (or were already), even if "
                                   "some were rejected — each is recorded with its reason (`marsad rejections`); 1 "
                                   "when every document read was rejected and nothing was stored; 2 when a path "
                                   "does not exist.")
    p.set_defaults(db_use="create")
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help="a file, folder, .zip, .json/.jsonl export, web archive, http(s) URL, or '-' for stdin")
    p.add_argument("--map", help="JSON field mapping for unusual exports, e.g. text=article_body,outlet=paper,"
                                 "date=when (fields: text, title, url, outlet, date, authors, fetched_at)")
    p.add_argument("--max-bytes", type=amount("a number of bytes", 1), default=64 * 1024 * 1024,
                   help="largest input file accepted (bytes)")
    p.add_argument("--no-keep-bytes", action="store_true", help="do not keep raw bytes (smaller database)")
    p.add_argument("--workers", type=workers, default=1, help="extract in N processes (one writer); also for --process")
    add_dask_argument(p)
    p.add_argument("--process", action="store_true", help="run `marsad process` right after")
    p.add_argument("--host", action="append", help="web archives: keep records of this host (and subdomains); repeatable")
    p.add_argument("--since", metavar="DATE",
                   help="web archives: keep records captured on or after this date (YYYY-MM-DD, YYYY-MM or YYYY)")
    p.add_argument("--until", metavar="DATE",
                   help="web archives: keep records captured on or before this date (2015-07: all of July)")
    p.add_argument("--language", action="append", help="web archives: keep pages in this language (e.g. ar); repeatable")
    add_fetch_arguments(p)
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("watch", help="poll RSS/Atom feeds (conditional requests, robots.txt, per-host delays)")
    p.add_argument("feeds", metavar="FEEDS.txt", help="file with one feed URL per line")
    p.add_argument("--interval", type=seconds, default=300.0, help="seconds between polls")
    p.add_argument("--rounds", type=amount("a number of rounds", 1),
                   help="stop after N polls of every feed (default: until interrupted)")
    add_fetch_arguments(p)
    p.set_defaults(func=cmd_watch, db_use="create")

    p = sub.add_parser("process", help="run the analysis pipeline over everything not yet processed")
    p.add_argument("--workers", type=workers, default=1,
                   help="analyse in N processes (with PostgreSQL each writes its own results; with SQLite one writer)")
    add_dask_argument(p)
    p.add_argument("--redo", action="append", metavar="STAGE", help="re-run STAGE (after an upgrade); repeatable")
    p.add_argument("--stages", action="append", metavar="STAGE", help="run only STAGE and what it needs; repeatable")
    p.add_argument("--limit", type=amount("a number of articles", 1), help="process at most N articles")
    p.set_defaults(func=cmd_process)

    p = sub.add_parser("articles", help="list articles (id, outlet, date, title, language, length)")
    listing.add_arguments(p, key="id")
    p.add_argument("--outlet", help="only this outlet (its key or name: okaz, عكاظ)")
    p.add_argument("--language", help="only this language (its code: ar, en)")
    p.add_argument("--since", help="published on or after (ISO date)")
    p.add_argument("--until", help="published on or before (ISO date)")
    p.add_argument("--entity", metavar="NAME|ID", help="only articles that mention this actor (an id or a name)")
    p.set_defaults(func=cmd_articles)

    p = sub.add_parser("show", help="one article: metadata, clean text, its annotations")
    p.add_argument("id", help="article id (a unique prefix is enough)")
    p.add_argument("--json", action="store_true", help="print the article and its annotations as one JSON object")
    p.add_argument("--max-spans", type=span_count, default=30, help="annotations shown per layer (default 30)")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("search", help="full-text search over normalised Arabic text, with highlighted snippets")
    p.add_argument("query", help="words to find (all of them); a name also finds the actor's other spellings")
    p.add_argument("--json", action="store_true", help="JSON Lines, one result per line")
    p.add_argument("--limit", type=int, default=20, help="at most N results, best first (default 20; 0 = all)")
    p.add_argument("--outlet", help="only this outlet (its key or name: okaz, عكاظ)")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("rejections", help="what could not be ingested or processed, and why")
    listing.add_arguments(p, key="origin")
    p.set_defaults(func=cmd_rejections)

    p = sub.add_parser("stats", help="counts per table, per outlet, per language")
    p.add_argument("--json", action="store_true", help="print the counts as one JSON object")
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser("demo", help="ingest and process the built-in demo corpus into a fresh database; print a summary")
    p.add_argument("--out", default="marsad-demo.db", help="the demo database (recreated; default ./marsad-demo.db)")
    p.add_argument("--workers", type=workers, default=1, help="analyse in N processes (default 1)")
    p.set_defaults(func=cmd_demo, db_use="none")
