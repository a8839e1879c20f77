"""The ``marsad`` command line: a thin shell over the library.

Each command module exposes ``register(subparsers)``, which adds its
sub-commands with ``set_defaults(func=...)``; ``func(args)`` parses nothing
itself and calls one library function.  Command modules are listed in
``COMMAND_MODULES`` — the one place built-ins are registered.
"""

from __future__ import annotations

import argparse
import importlib
import os
import shlex
import sys

from marsad import __version__, settings
from marsad.errors import MarsadError, UsageError

COMMAND_MODULES = [
    "marsad.cli.core",
    "marsad.cli.ner",
    "marsad.cli.quotes",
    "marsad.cli.entities",
    "marsad.cli.stories",
    "marsad.cli.web",
    "marsad.cli.events",
    "marsad.cli.roles",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="marsad",
        description="Marsad (مرصد): follow Arabic news — sourced articles, actors, quotes, events and stories.",
    )
    parser.add_argument("--version", action="version", version=f"marsad {__version__}")
    parser.add_argument(
        "--db",
        default=settings.get("db"),
        help="the database: a SQLite file or a postgresql:// URL (env MARSAD_DB; default ./marsad.db)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    _accept_db_after_command(sub)
    return parser


def _accept_db_after_command(sub: argparse._SubParsersAction) -> None:
    """``marsad stories --db news.db`` works as ``marsad --db news.db stories`` does, in every (sub-)command.

    SUPPRESS as the default: a command's ``--db`` only overrides the global one when it is given.
    """
    for p in sub.choices.values():
        p.add_argument("--db", default=argparse.SUPPRESS, help="the database (as `marsad --db` before the command)")
        for action in p._actions:
            if isinstance(action, argparse._SubParsersAction):
                _accept_db_after_command(action)


def check_database(args: argparse.Namespace) -> None:
    """A command that reads a database needs one that exists: a mistyped --db must not create an empty one.

    Commands declare ``db_use``: "read" (the default), "create" (ingest, watch) or "none" (tag, train, kb build).
    """
    use = getattr(args, "db_use", "read")
    db = args.db or ""
    if use == "read" and "://" not in db and not os.path.exists(db):
        raise UsageError(f"no database at {db!r} (ingest something first: marsad --db {shlex.quote(db)} ingest PATH; "
                         "or set MARSAD_DB / --db to an existing one)")


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        check_database(args)
        rc = args.func(args)
    except UsageError as exc:  # a bad filter, an unknown name: what was typed is wrong
        print(f"marsad: error: {exc}", file=sys.stderr)
        return 2
    except MarsadError as exc:
        print(f"marsad: error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `marsad articles | head`
        return 0
    except KeyboardInterrupt:  # Ctrl-C: a traceback of wherever the run was said nothing a user can act on
        if getattr(args, "db_use", "read") == "none":  # (tag, train, kb build: no database kept anything)
            print("\nmarsad: interrupted", file=sys.stderr)
        else:
            print("\nmarsad: interrupted; what was finished is stored (each document, each batch of articles whole "
                  "or not at all): run the same command again to go on", file=sys.stderr)
        return 130
    return int(rc or 0)


if __name__ == "__main__":
    sys.exit(main())
