"""One rule for every listing (articles, entities, quotes, stories, events, rejections).

* ``--json`` streams every row, unless ``--limit`` is given;
* on a terminal a listing shows one page (``--limit``, default 50) and a footer saying how many rows follow and
  the command that shows them: ``--after KEY`` takes the key of the last row shown (an article id, an entity id,
  a story id …), so the next page starts right after it;
* ``--limit 0`` means every row, in both forms.

Filters are checked before anything is listed: a malformed date or an unknown type is an error (exit 2), never an
empty listing.
"""

from __future__ import annotations

import argparse
import itertools
import re
import sys
from typing import Any, Callable, Iterable, Iterator

from marsad import filters
from marsad.errors import NotFoundError, UsageError

PAGE = 50


def add_arguments(p: argparse.ArgumentParser, *, key: str) -> None:
    """--json, --limit and --after for a listing whose rows are keyed by ``key`` (shown in its first column)."""
    p.add_argument("--json", action="store_true", help="JSON Lines, every row (or --limit of them)")
    p.add_argument("--limit", type=int, default=None,
                   help=f"at most N rows (a terminal shows {PAGE} by default; 0 = all)")
    p.add_argument("--after", metavar=key.upper(), help=f"start after the row with this {key} (the last one shown)")


def day(value: str | None, flag: str) -> str | None:
    """A checked date filter: YYYY-MM-DD, YYYY-MM or YYYY (the API's ``since``/``until`` say it alike)."""
    return _checked(value, flag, filters.DAY_PATTERN)


def days(args: argparse.Namespace) -> tuple[str | None, str | None]:
    """``--since`` and ``--until`` checked, and in order: a --since later than --until is an error, not an empty
    listing."""
    since, until = day(args.since, "--since"), day(args.until, "--until")
    problem = filters.out_of_order(since, until, ("--since", "--until"))
    if problem:
        raise UsageError(problem)
    return since, until


def language(value: str | None, flag: str = "--language") -> str | None:
    """A checked language filter: a code as the articles are stored by ("ar", "en"; "AR" is "ar")."""
    value = _checked(value, flag, filters.LANGUAGE_PATTERN)
    return value.lower() if value else value


def _checked(value: str | None, flag: str, pattern: str) -> str | None:
    try:
        return filters.checked(value, flag, pattern)
    except ValueError as exc:
        raise UsageError(str(exc)) from None


def limit_of(args: argparse.Namespace) -> int | None:
    """How many rows to print: every row for JSON unless --limit; a page on a terminal; None = all."""
    if args.limit is not None and args.limit < 0:
        raise UsageError(f"--limit expects 0 (all) or a positive number, got {args.limit}")
    if args.limit == 0:
        return None
    if args.limit is not None:
        return args.limit
    return None if args.json else PAGE


def after(rows: Iterable[Any], key: Callable[[Any], str], wanted: str | None, what: str) -> Iterator[Any]:
    """The rows that follow the one whose key is ``wanted`` (all rows when ``wanted`` is None)."""
    it = iter(rows)
    if wanted is None:
        return it
    for row in it:
        if key(row) == wanted:
            return it
    raise NotFoundError(f"--after {wanted!r}: no such {what} in this listing (give the key of a row it showed)")


def show(rows: Iterable[Any], args: argparse.Namespace, *, render: Callable[[list[Any]], None],
         emit: Callable[[Iterable[Any]], None], key: Callable[[Any], str], command: str,
         remaining: Callable[[Any], int] | None = None) -> None:
    """Print a listing by the rule above.

    Args:
        rows: the rows in listing order, already past ``--after``.
        render: prints a page of rows for a terminal.
        emit: prints rows as JSON Lines.
        key: a row's key (what ``--after`` takes).
        command: the command to repeat in the footer, e.g. "marsad entities --type PER".
        remaining: how many rows follow the last row shown (default: counts the rest of ``rows``).
    """
    n = limit_of(args)
    it = iter(rows)
    if args.json:
        emit(it if n is None else _take(it, n))
        return
    page = list(it if n is None else _take(it, n))
    if not page:
        print("nothing to list" if not args.after else "nothing more")
        return
    render(page)
    if n is None or len(page) < n:
        return
    more = remaining(page[-1]) if remaining else sum(1 for _ in it)
    if more:
        # the key quoted for the shell: a rejection's is a path, «…2015-07-26.zip!2015-07-26.json#287», and «!2015»
        # pasted into bash is a history expansion («event not found»)
        size = f" --limit {n}" if args.limit is not None and n != PAGE else ""  # the next page of the size asked
        print(f"\n… {more:,} more: {with_db(command, args)}{size} --after {_quote(key(page[-1]))}   (--limit 0 for "
              "all, --json for JSON Lines)", file=sys.stdout)


def with_db(command: str, args: argparse.Namespace) -> str:
    """``command`` ("marsad articles ...") naming the database read, when it is not the one a bare command reads.

    A footer copied into the shell must list the same database: ``marsad --db news.db articles --after ...``.
    """
    from marsad import settings

    db = getattr(args, "db", None)
    if not db or db == settings.get("db") or not command.startswith("marsad "):
        return command
    return f"marsad --db {_quote(str(db))} {command.removeprefix('marsad ')}"


def _take(it: Iterator[Any], n: int) -> Iterator[Any]:
    """The next ``n`` rows of ``it``, and not one more: the row after them is counted in the footer's "… N more"
    (taking it here too left the footer one short)."""
    return itertools.islice(it, n)


def repeat(args: argparse.Namespace, command: str, *flags: str) -> str:
    """The command line that lists the same rows: ``command`` plus the filter flags that were given."""
    parts = [command]
    for flag in flags:
        value = getattr(args, flag.lstrip("-").replace("-", "_"), None)
        for v in value if isinstance(value, list) else [value]:
            if v not in (None, False):
                parts.append(flag if v is True else f"{flag} {_quote(str(v))}")
    return " ".join(parts)


def quoted(value: str) -> str:
    """``value`` as one word of a command line to paste into a shell (a name of two words, «'ولي العهد'»)."""
    return _quote(value)


def _quote(value: str) -> str:
    return value if re.fullmatch(r"[\w.:@/+-]+", value) else "'" + value.replace("'", "'\\''") + "'"


def add_reported(p: argparse.ArgumentParser, what: str, since: bool = True) -> None:
    """``--since`` / ``--until`` / ``--outlet`` of a listing, worded alike everywhere (``marsad.filters.Reported``):
    the days the reports came out and the outlet that carried them."""
    if since:
        p.add_argument("--since", help=f"only {what} reported on or after this ISO date")
    p.add_argument("--until", help=f"only {what} reported on or before this ISO date")
    p.add_argument("--outlet", help=f"only {what} this outlet reported (its key or name: okaz, عكاظ)")
