"""Event detection on the Arabic PLOVER gold sentences, end to end through the official scorer.

The path is the one a user takes: the sentences become JSON Lines articles
(``score_events_gsr.py make``), ``marsad ingest`` stores them, ``marsad process``
runs the whole pipeline, and ``marsad articles --json`` + ``marsad events --json``
are scored by ``../shared/tools/score_events_gsr.py score``.  The figures are
printed for the two parts of ``event_gsr_dev`` separately:

* **dev** — the documents the detector was trained and tuned on (its own figures
  here are in-sample; ``make train-events`` prints the cross-validated ones);
* **frozen** — about 30% of the documents, chosen up front by a hash of the
  document id (:func:`marsad.nlp.events.train_detector.is_frozen`), never trained
  or tuned on.

Exits non-zero when a frozen figure falls below ``eval/floors/events_gsr.json``.

Run: ``make eval-events-gsr`` or ``python eval/eval_events_gsr.py [--keep DIR]``.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from marsad.nlp.events.train_detector import is_frozen

from evalkit import failed_floors, run_marsad

HERE = Path(__file__).resolve().parent
FLOORS = HERE / "floors" / "events_gsr.json"
SHARED = Path(os.environ.get("MARSAD_SHARED", HERE.parent.parent / "shared"))
GSR = SHARED / "data" / "event_gsr_dev"
SCORER = SHARED / "tools" / "score_events_gsr.py"
_LINE = re.compile(r"^(PROTEST|ASSAULT): recall ([\d.]+) \((\d+)/(\d+)\), precision ([\d.]+), false alarms on negatives (\d+)/(\d+)")


def have_data() -> bool:
    return (GSR / "protest_dev.csv").exists() and SCORER.exists()


def _part(work: Path, frozen: bool) -> Path:
    """A copy of the gold folder holding only one part's sentences (the scorer reads a folder)."""
    d = work / ("frozen" if frozen else "dev")
    d.mkdir(exist_ok=True)
    for name in ("protest_dev.csv", "assault_dev.csv"):
        with open(GSR / name, encoding="utf-8") as src, open(d / name, "w", encoding="utf-8", newline="") as dst:
            reader = csv.DictReader(src)
            writer = csv.DictWriter(dst, fieldnames=reader.fieldnames)
            writer.writeheader()
            writer.writerows(r for r in reader if is_frozen(r["id"]) == frozen)
    return d


def run(work: Path) -> dict[str, dict[str, dict[str, float]]]:
    """Ingest, process and score; returns {part: {type: {recall, precision, ...}}} and prints the scorer's lines."""
    corpus, db = work / "gsr.jsonl", work / "gsr.db"
    subprocess.run([sys.executable, str(SCORER), "make", str(GSR), str(corpus)], check=True, stdout=subprocess.DEVNULL)
    run_marsad(db, "ingest", str(corpus))
    run_marsad(db, "process")
    arts, events, shown = work / "articles.jsonl", work / "events.jsonl", work / "events_shown.jsonl"
    run_marsad(db, "articles", "--json", "--limit", "1000000", out=arts)
    run_marsad(db, "events", "--all", "--json", out=events)
    run_marsad(db, "events", "--json", out=shown)
    results: dict[str, dict[str, dict[str, float]]] = {}
    parts = {part: _part(work, frozen) for part, frozen in (("dev", False), ("frozen", True))}
    # "all": every coded event (does the sentence report a protest / an assault?), the gated figure;
    # "shown": what `marsad events` lists by default, after the shown-by-default filter
    for name, path in (("", events), ("shown ", shown)):
        for part, gold in parts.items():
            out = subprocess.run([sys.executable, str(SCORER), "score", str(gold), str(arts), str(path)],
                                 check=True, capture_output=True, text=True).stdout
            results[name + part] = {}
            for line in out.splitlines():
                print(f"{name}{part:<6} {line}")
                m = _LINE.match(line)
                if m:
                    results[name + part][m.group(1)] = {
                        "recall": float(m.group(2)), "precision": float(m.group(5)), "tp": int(m.group(3)),
                        "positives": int(m.group(4)), "false_alarms": int(m.group(6)), "negatives": int(m.group(7))}
    return results


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--keep", type=Path, help="keep the database and JSON files in this folder")
    args = ap.parse_args(argv)
    if not have_data():
        print(f"skipped: no gold sentences or scorer under {SHARED} (set MARSAD_SHARED)")
        return 0
    work = args.keep or Path(tempfile.mkdtemp(prefix="marsad-gsr-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        results = run(work)
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    print("(dev: the detector's training part, in-sample here; frozen: never trained or tuned on; "
          "'shown': only the events `marsad events` lists by default)")
    failed = failed_floors(results, json.loads(FLOORS.read_text()))
    for f in failed:
        print("BELOW FLOOR:", f)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
