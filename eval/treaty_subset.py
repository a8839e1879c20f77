"""Write the SaudiNewsNet articles of several days that mention an agreement to one JSON file for
``marsad ingest``: ``python eval/treaty_subset.py 2015-07-21 2015-07-22 -o /tmp/dev.json``.

An article is kept when its title or text contains اتفاق, اتفاقي or معاهد (any form).  The day zips are
read from ``../shared/data/saudinewsnet`` (or ``--data``); nothing is written into the repository.
"""

from __future__ import annotations

import argparse
import json
import re
import zipfile
from pathlib import Path

KEY = re.compile(r"اتفاق|معاهد")
DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "saudinewsnet"


def articles(day: str, data: Path) -> list[dict]:
    with zipfile.ZipFile(data / f"{day}.zip") as z:
        name = next(n for n in z.namelist() if n.endswith(".json"))
        return json.loads(z.read(name).decode("utf-8"))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("days", nargs="+", help="YYYY-MM-DD of the day zips")
    ap.add_argument("-o", "--out", required=True)
    ap.add_argument("--data", type=Path, default=DATA)
    a = ap.parse_args(argv)
    kept, seen = [], set()
    for day in a.days:
        for art in articles(day, a.data):
            text = f"{art.get('title') or ''}\n{art.get('content') or ''}"
            key = art.get("url") or text  # (a record without an address is told by its text)
            if KEY.search(text) and key not in seen:
                seen.add(key)
                kept.append(art)
    Path(a.out).write_text(json.dumps(kept, ensure_ascii=False), encoding="utf-8")
    print(f"{len(kept)} articles from {len(a.days)} days → {a.out}")


if __name__ == "__main__":
    main()
