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

With ``--cv`` the dev part is also coded fold by fold with a detector trained without the fold
(:mod:`events_gsr_cv`): figures on unseen sentences that may be tuned on.  ``--breakdown`` adds
where each missed dev positive was lost (no word of the type, detector said no, detector said yes
but nothing was coded, coded but not shown).  ``--reuse DIR`` codes again the articles a previous
``--keep DIR`` run processed (only the events stage is re-run: fast, for the ``--cv`` figures; the fold
detectors are kept in DIR and trained again only when what they learn from changes).  The breakdown also
says which path of the coder emitted the hits and the false alarms (the detector, a form that tells the
type, a fully coded lexicon event kept below the threshold), and each fold's recall and precision beside
its share of split votes (:func:`events_gsr_cv.by_fold`: precision follows that share).  ``--points`` prints the cross-validated
recall and precision with the fold detectors' thresholds scaled and other ``detect_weak`` values (the
coder's operating points; no training), and PROTEST's alone at finer steps around the shipped point;
``--splits a,b`` the frontier on other draws of the folds (:func:`events_gsr_cv.operating_points`
with a salt; fold detectors trained for each, minutes): whether a cross-validated gain holds beyond one split.
``--spread`` the cross-validated figures on parts of the frozen part's size drawn from the dev documents
(:func:`events_gsr_cv.spread`): whether a frozen figure lies within what the luck of its documents moves.

Run: ``make eval-events-gsr`` or ``python eval/eval_events_gsr.py [--keep DIR] [--cv] [--breakdown]``.
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
    # which path of the coder emitted each part's hits and false alarms (the detector, a form, a lexicon event kept
    # under the threshold): on the frozen part, whether its false alarms are the detector's or the coder's
    import events_gsr_cv as cv

    rows, coded = cv.gold_rows(GSR), cv.shipped_paths(arts, events)
    for part, frozen in (("dev", False), ("frozen", True)):
        urls = {u for u, (_t, sid, _y, _x) in rows.items() if is_frozen(sid) == frozen}
        for typ, by in cv.paths(rows, coded, urls).items():
            for what, c in by.items():
                print(f"{part:<6} {typ} {what} {sum(c.values())}, emitted by: "
                      + ", ".join(f"{k} {v}" for k, v in c.most_common()))
    return results


def _figures(res: dict[str, dict[str, float]]) -> str:
    """One operating point's figures, type by type."""
    return "; ".join(f"{typ} recall {r['recall']:.3f} precision {r['precision']:.3f} ({r['tp']} hits, "
                     f"{r['false_alarms']} false alarms)" for typ, r in res.items())


def cross_validate(db: Path, show_breakdown: bool, points: bool = False, splits: tuple[str, ...] = (),
                   spread: bool = False) -> None:
    """Print the dev part's cross-validated figures (all coded events and shown ones), and the breakdown."""
    import events_gsr_cv as cv

    rows = cv.gold_rows(GSR)
    coded = cv.recode(db, GSR, cache=db.parent / "fold_detectors.json")
    for which, name in (("types", "cv dev"), ("shown", "cv shown dev")):
        for typ, r in cv.score(rows, coded, which, cv.dev_urls(rows)).items():
            print(f"{name} {typ}: recall {r['recall']:.3f} ({r['tp']}/{r['positives']}), precision "
                  f"{r['precision']:.3f}, false alarms on negatives {r['false_alarms']}/{r['negatives']}")
    if show_breakdown:
        cv.print_breakdown("cv dev", cv.breakdown(rows, coded, cv.dev_urls(rows)))
        votes = cv.gold_votes(GSR)
        for typ, c in cv.false_alarms(rows, votes, coded, "types", cv.dev_urls(rows)).items():
            print(f"cv dev {typ} false alarms {sum(c.values())}, by the annotators' votes: "
                  + ", ".join(f"{k} {v}" for k, v in c.most_common()))
        for typ, by in cv.by_fold(rows, votes, coded, "types", cv.dev_urls(rows)).items():
            print(f"cv dev {typ} by fold: " + "; ".join(
                f"{k} recall {c['recall']:.3f} precision {c['precision']:.3f} ({c['split']} split, {c['yes']} yes)"
                for k, c in sorted(by.items())))
        for typ, by in cv.paths(rows, coded, cv.dev_urls(rows)).items():
            for what, c in by.items():
                print(f"cv dev {typ} {what} {sum(c.values())}, emitted by: "
                      + ", ".join(f"{k} {v}" for k, v in c.most_common()))
    if spread:
        # parts of the frozen part's size (3 documents for every 7 of the dev part) drawn from the dev documents
        urls = cv.dev_urls(rows)
        n = round(len({cv.document_of(rows[u][1]) for u in urls}) * 3 / 7)
        for typ, r in cv.spread(rows, coded, urls, n).items():
            print(f"cv dev {typ} on parts of {n} documents drawn from the dev part (2000 draws, 5%/50%/95%): "
                  + "; ".join(f"{k} " + "/".join(f"{x:.3f}" for x in v) for k, v in r.items()))
    # the shipped point's counts on every draw of the folds, pooled below
    pooled = {typ: dict(r) for typ, r in cv.score(rows, coded, "types", cv.dev_urls(rows)).items()}
    for salt in splits:
        # the same frontier on other draws of the folds (fold detectors trained for each: minutes)
        cache = db.parent / f"fold_detectors_{salt}.json"
        for scale, _weak, res in cv.operating_points(db, GSR, [0.9, 0.95, 1.0, 1.02, 1.05], [0.3], cache=cache,
                                                     salt=salt):
            print(f"cv dev split {salt!r} thresholds x{scale} (shipped x1): {_figures(res)}")
            for typ, r in res.items() if scale == 1.0 else ():
                for k in ("tp", "positives", "false_alarms"):
                    pooled[typ][k] += r[k]
    if splits:
        print(f"cv dev pooled over {len(splits) + 1} draws of the folds, shipped point: " + "; ".join(
            f"{typ} recall {r['tp'] / r['positives']:.3f} precision {r['tp'] / max(1, r['tp'] + r['false_alarms']):.3f} "
            f"({r['tp']} hits of {r['positives']}, {r['false_alarms']} false alarms)" for typ, r in pooled.items()))
    if points:
        for scale, weak, res in cv.operating_points(db, GSR, [0.8, 0.9, 1.0, 1.1, 1.2], [0.3, 0.6, 1.0],
                                                    cache=db.parent / "fold_detectors.json"):
            print(f"cv dev thresholds x{scale} detect_weak {weak}: {_figures(res)}")
        # PROTEST alone, finer: the coder's per-type operating point (CoderOptions.detect_scale) sits on this curve
        for scale, weak, res in cv.operating_points(db, GSR, [0.9, 0.95, 0.96, 0.97, 1.0, 1.02, 1.05], [0.3],
                                                    cache=db.parent / "fold_detectors.json", types=("PROTEST",)):
            r = res["PROTEST"]
            print(f"cv dev PROTEST threshold x{scale} (shipped x1): recall {r['recall']:.3f} precision "
                  f"{r['precision']:.3f} ({r['tp']} hits, {r['false_alarms']} false alarms)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--keep", type=Path, help="keep the database and JSON files in this folder")
    ap.add_argument("--cv", action="store_true",
                    help="also code the dev part fold by fold with detectors trained without each fold")
    ap.add_argument("--breakdown", action="store_true", help="where the missed dev positives were lost (implies --cv)")
    ap.add_argument("--points", action="store_true",
                    help="cross-validated figures at other thresholds and detect_weak values (implies --cv)")
    ap.add_argument("--splits", default="", metavar="SALT,...",
                    help="also print the cross-validated frontier on other draws of the folds, one per salt "
                         "(implies --cv; trains five fold detectors per salt)")
    ap.add_argument("--spread", action="store_true",
                    help="the cross-validated figures on parts of the frozen part's size drawn from the dev documents "
                         "(implies --cv; events_gsr_cv.spread): how far the luck of a part's documents moves them")
    ap.add_argument("--reuse", type=Path, help="a --keep folder of an earlier run: only re-code its dev articles "
                                               "(cross-validated figures; no end-to-end figures)")
    args = ap.parse_args(argv)
    splits = tuple(s for s in args.splits.split(",") if s)
    if not have_data():
        print(f"skipped: no gold sentences or scorer under {SHARED} (set MARSAD_SHARED)")
        return 0
    if args.reuse is not None:
        cross_validate(args.reuse / "gsr.db", args.breakdown, args.points, splits, args.spread)
        return 0
    work = args.keep or Path(tempfile.mkdtemp(prefix="marsad-gsr-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        results = run(work)
        if args.cv or args.breakdown or args.points or splits or args.spread:
            cross_validate(work / "gsr.db", args.breakdown, args.points, splits, args.spread)
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
