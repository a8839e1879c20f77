"""Marsad's settings in one declared table: name, default, environment variable and help.

Command-line flags take precedence, then ``MARSAD_*`` environment variables, then the defaults.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: str | None
    env: str
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("db", "marsad.db", "MARSAD_DB",
            "the database every command reads and writes: a SQLite file, or a postgresql://USER@HOST:PORT/NAME URL"),
    Setting("ingest_token", None, "MARSAD_INGEST_TOKEN",
            "bearer token that turns on POST /api/ingest in `marsad serve` (off when unset)"),
    Setting("shared", str(Path(__file__).resolve().parents[2].parent / "shared"), "MARSAD_SHARED",
            "folder of the third-party data (seeds, ANERcorp, SaudiNewsNet...) for rebuilding models, "
            "evaluations, benchmarks and tests"),
)
_BY_NAME = {s.name: s for s in SETTINGS}


def get(name: str) -> str | None:
    """The value of a setting: its environment variable when set, else its default."""
    s = _BY_NAME[name]
    return os.environ.get(s.env) or s.default
