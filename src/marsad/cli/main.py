"""The ``marsad`` command line: a thin shell over the library.

Each command module exposes ``register(subparsers)``, which adds its
sub-commands with ``set_defaults(func=...)``; ``func(args)`` parses nothing
itself and calls one library function.  Command modules are listed in
``COMMAND_MODULES`` — the one place built-ins are registered.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from marsad import __version__, settings
from marsad.errors import MarsadError

COMMAND_MODULES = [
    "marsad.cli.core",
    "marsad.cli.ner",
    "marsad.cli.quotes",
    "marsad.cli.entities",
    "marsad.cli.stories",
    "marsad.cli.web",
    "marsad.cli.events",
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
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        rc = args.func(args)
    except MarsadError as exc:
        print(f"marsad: error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `marsad articles | head`
        return 0
    return int(rc or 0)


if __name__ == "__main__":
    sys.exit(main())
