"""Which way bare weekdays point, on SaudiNewsNet articles judged by reading.

``eval/data/weekday_direction.jsonl`` holds 160 bare weekdays sampled (fixed seed) from SaudiNewsNet articles of
2–11 August 2015 — when the corpus date is the publication date — each judged "back" (the publication day or
before), "ahead", "not_a_date" or "unclear" by a reader who saw the sentence and the date (by url and offsets; no
article text here).  Prints how Marsad's time expressions resolve them, with and without the direction model.

    python eval/eval_weekday.py      (exit 1 below the floor in eval/floors/weekday.json)
"""

from __future__ import annotations

import argparse
import json
import sys
import zipfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from marsad import settings  # noqa: E402
from marsad.nlp import timex  # noqa: E402

FLOORS = ROOT / "eval" / "floors" / "weekday.json"


def articles(shared: Path, urls: set[str]) -> dict[str, dict]:
    found = {}
    for path in sorted((shared / "data" / "saudinewsnet").glob("*.zip")):
        with zipfile.ZipFile(path) as zf:
            for rec in json.loads(zf.read(zf.namelist()[0]).decode("utf-8")):
                if rec["url"] in urls:
                    found[rec["url"]] = rec
    return found


def score(gold: list[dict], texts: dict[str, dict], *, model: bool) -> dict[str, float]:
    saved = timex.points_ahead
    if not model:
        timex.points_ahead = lambda *a: False
    try:
        right = found = missed_dates = false_dates = 0
        for g in gold:
            rec = texts[g["url"]]
            anchor = date.fromisoformat(rec["date_extracted"][:10])
            spans = [s for s in timex.find_time_expressions(rec["content"], anchor)
                     if s.start < g["end"] and g["start"] < s.end and s.label == "day"]
            if g["label"] == "not_a_date":
                false_dates += bool(spans)
                continue
            if not spans or not spans[0].data.get("value"):
                missed_dates += 1
                continue
            found += 1
            ahead = spans[0].data["value"][:10] > anchor.isoformat()
            right += ahead == (g["label"] == "ahead")
    finally:
        timex.points_ahead = saved
    dated = sum(g["label"] in ("back", "ahead") for g in gold)
    return {"direction_accuracy": round(right / max(1, found), 3), "resolved": found, "dated": dated,
            "missed": missed_dates, "non_dates_taken": false_dates,
            "non_dates": sum(g["label"] == "not_a_date" for g in gold)}


def main() -> int:
    argparse.ArgumentParser(description=__doc__.split("\n")[0]).parse_args()
    shared = Path(settings.get("shared"))
    gold = [json.loads(line) for line in (ROOT / "eval" / "data" / "weekday_direction.jsonl").open(encoding="utf-8")]
    texts = articles(shared, {g["url"] for g in gold})
    if len(texts) < len({g["url"] for g in gold}):
        print(f"SaudiNewsNet not found under {shared}/data/saudinewsnet", file=sys.stderr)
        return 2
    with_model, without = score(gold, texts, model=True), score(gold, texts, model=False)
    print(f"bare weekdays judged by reading: {len(gold)} "
          f"({with_model['dated']} dates: {sum(g['label'] == 'ahead' for g in gold)} ahead; "
          f"{with_model['non_dates']} not dates)")
    print(f"  on/before rule + cue words : direction accuracy {without['direction_accuracy']:.3f} "
          f"over {without['resolved']} resolved")
    print(f"  with the direction model   : direction accuracy {with_model['direction_accuracy']:.3f} "
          f"over {with_model['resolved']} resolved")
    print(f"  dates not found: {with_model['missed']}; non-dates taken as dates: "
          f"{with_model['non_dates_taken']}/{with_model['non_dates']}")
    floor = json.loads(FLOORS.read_text())["direction_accuracy"]
    if with_model["direction_accuracy"] < floor:
        print(f"direction accuracy below the floor {floor}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
