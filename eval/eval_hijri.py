"""Hijri dates on SaudiNewsNet, scored against the Gregorian day their own writers gave beside them.

Saudi outlets often write a day in both calendars («… 24 شوال 1436هـ الموافق 9 أغسطس 2015م»). Each such pair — a
Hijri day («24 ذي القعدة 1436هـ», «9/10/1436هـ»)
followed within a few characters by a Gregorian day — is a gold answer no one at Marsad wrote. Prints, over
the distinct pairs of the July days and of the August days, how often Marsad's time expressions give the writer's
Gregorian day, and what the Umm al-Qura and the tabular calendars give alone (without the weekday correction).
Nothing is tuned on these pairs (the calendar is Saudi Arabia's official one); both parts were printed once before
the switch from the tabular calendar, so neither is held out.

    python eval/eval_hijri.py      (exit 1 below the floor in eval/floors/hijri.json)
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import zipfile
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from marsad import settings  # noqa: E402
from marsad.nlp import timex  # noqa: E402
from marsad.nlp import timex_lexicon as lx  # noqa: E402

FLOORS = ROOT / "eval" / "floors" / "hijri.json"
GAP = 25  # characters at most between the Hijri day and the Gregorian one («هـ الموافق …»)


def pairs(path: Path) -> set[tuple[int, int, int, str, str]]:
    """(hijri day, month, year, writer's Gregorian day, Marsad's day) of each Hijri day written with its Gregorian."""
    found = set()
    day = date.fromisoformat(path.stem)
    with zipfile.ZipFile(path) as zf:
        records = json.loads(zf.read(zf.namelist()[0]).decode("utf-8"))
    for rec in records:
        text = rec["content"]
        spans = timex.find_time_expressions(text, day)
        for h, g in zip(spans, spans[1:]):
            if (h.label != "day" or h.data.get("calendar") != "hijri" or g.label != "day" or g.data.get("calendar")
                    or g.start - h.end > GAP or not h.data.get("value") or not g.data.get("value")):
                continue
            surface = lx.key(text[h.start:h.end].translate(lx.DIGIT_TABLE))  # (the month names' own spelling)
            numbers = [int(n) for n in re.findall(r"\d+", surface)]
            month = next((m for form, m in lx.HIJRI_MONTHS if form in surface), None)
            if month is None and len(numbers) == 3 and 1 <= numbers[1] <= 12:
                month = numbers[1]  # (day/month/year in digits)
            if month is None or len(numbers) < 2 or not 1 <= numbers[0] <= 30:
                continue
            found.add((numbers[0], month, numbers[-1], g.data["value"][:10], h.data["value"][:10]))
    return found


def score(found: set[tuple[int, int, int, str, str]]) -> dict[str, float]:
    n = len(found)
    marsad = sum(mine == writer for *_, writer, mine in found)
    uaq = sum(timex.hijri_to_gregorian(y, m, d).isoformat() == writer for d, m, y, writer, _ in found)
    tabular = sum((timex.tabular_month_start(y, m) + timedelta(days=d - 1)).isoformat() == writer
                  for d, m, y, writer, _ in found)
    return {"pairs": n, "marsad": round(marsad / max(1, n), 3), "umm_al_qura": round(uaq / max(1, n), 3),
            "tabular": round(tabular / max(1, n), 3)}


def main() -> int:
    argparse.ArgumentParser(description=__doc__.split("\n")[0]).parse_args()
    days = sorted((Path(settings.get("shared")) / "data" / "saudinewsnet").glob("*.zip"))
    if not days:
        print(f"SaudiNewsNet not found under {settings.get('shared')}/data/saudinewsnet", file=sys.stderr)
        return 2
    parts = {"July": [p for p in days if p.stem < "2015-08"], "August": [p for p in days if p.stem >= "2015-08"]}
    figures = {}
    for name, paths in parts.items():
        found = set().union(*(pairs(p) for p in paths))
        figures[name] = s = score(found)
        print(f"{name:6}: {s['pairs']} distinct pairs; the writer's day given by Marsad {s['marsad']:.3f}, "
              f"Umm al-Qura alone {s['umm_al_qura']:.3f}, tabular alone {s['tabular']:.3f}")
    floor = json.loads(FLOORS.read_text())["marsad"]
    low = [name for name, s in figures.items() if s["marsad"] < floor]
    if low:
        print(f"below the floor {floor}: {', '.join(low)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
