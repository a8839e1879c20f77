"""What the benchmarks share: where SaudiNewsNet is, whether it is there, and reading its daily zips.

SaudiNewsNet is third-party data kept outside the repository, in ``../shared/data/saudinewsnet`` (or
``$MARSAD_SHARED/data/saudinewsnet``, as in tests/conftest.py).  Each daily zip holds one JSON list of
``{source, url, date_extracted, title, author, content}`` records.  A benchmark that needs it calls
``have_data()`` first and exits 0 when it returns False, so ``make bench`` passes on a fresh clone.

Import from a benchmark script with the script's own directory on ``sys.path``::

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from common import have_data, load_records  # noqa: E402
"""

from __future__ import annotations

import json
import os
import zipfile
from collections.abc import Iterator
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("MARSAD_SHARED", ROOT.parent / "shared"))
DATA = SHARED / "data" / "saudinewsnet"


def zips(days: int | None = None) -> list[Path]:
    """The daily zips in date order (their names are ISO dates), the first ``days`` of them when given."""
    paths = sorted(DATA.glob("*.zip")) if DATA.is_dir() else []
    return paths if days is None else paths[:days]


def postgres_missing(server: str) -> bool:
    """True, after saying why, when the PostgreSQL server at ``server`` cannot be reached (the benchmark skips)."""
    from marsad.store.postgres.admin import server_reachable

    why = server_reachable(server)
    if why:
        print(f"skip: {why}")
    return bool(why)


def have_data() -> bool:
    """True when SaudiNewsNet is present; otherwise print the one-line skip message and return False."""
    if zips():
        return True
    print(f"skip: SaudiNewsNet not found at {DATA} (../shared/data is needed for this benchmark)")
    return False


def iter_records(days: int | None = None) -> Iterator[dict]:
    """Every record of the first ``days`` daily zips (all of them by default), streamed one zip at a time."""
    for path in zips(days):
        with zipfile.ZipFile(path) as zf:
            for name in sorted(zf.namelist()):
                if name.endswith(".json"):
                    yield from json.loads(zf.read(name).decode("utf-8"))


def load_records(limit: int | None = None, days: int | None = None) -> list[dict]:
    """The first ``limit`` records (all by default) of the first ``days`` daily zips."""
    return list(islice(iter_records(days), limit))


def load_texts(limit: int | None = None, days: int | None = None) -> list[str]:
    """The first ``limit`` non-empty article contents of the first ``days`` daily zips."""
    return list(islice((c for r in iter_records(days) if (c := r.get("content"))), limit))


def top_functions(prof, n: int) -> str:
    """The ``n`` functions of a cProfile.Profile with the most own time, one indented line each (pstats' header
    lines left out)."""
    import io
    import pstats

    buf = io.StringIO()
    pstats.Stats(prof, stream=buf).sort_stats("tottime").print_stats(n)
    return "\n".join("    " + line for line in buf.getvalue().splitlines()[6:] if line.strip())
