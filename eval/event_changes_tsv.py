"""List, for an independent reader, the events a change codes differently on a day's store: ids, offsets and coded
names only (the text stays in ../shared).

    python eval/event_changes_tsv.py BASE NEW OUT.tsv DAY... [--shown] [--skip-judged]

BASE and NEW hold ``DAY/events_all.jsonl`` (``marsad events --all --json``) before and after the change.  A row is an
event of NEW that is new (no event of the same article, trigger start and type in BASE) or changed (other actor,
recipient, date or modality), or an event of BASE that is gone.  ``--shown``: only events NEW shows by default (gone
ones are counted, not listed).  ``--skip-judged``: leave out events whose key has a verdict in
``eval/judgements/snn_events_DAY*.tsv`` (those are reported by ``event_changes.py diff``).  Never give it a frozen
day's judgements: with --skip-judged it reads them.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import event_changes as ec  # noqa: E402

COLUMNS = ["day", "article_id", "start", "end", "type", "kind", "actor", "recipient", "date", "modality",
           "old_actor", "old_recipient", "old_date", "old_modality", "shown", "sentence_start", "sentence_end"]


def rows_for(base: Path, new: Path, day: str, shown: bool, skip_judged: bool) -> tuple[list[dict], int]:
    a = ec.load_events(base / day / "events_all.jsonl")
    b = ec.load_events(new / day / "events_all.jsonl")
    judged = {ec.row_key(r) for r in ec.load_rows(day)} if skip_judged else set()
    out, gone = [], 0
    for k in sorted(set(a) | set(b)):
        if k in judged:
            continue
        ea, eb = a.get(k), b.get(k)
        if eb is None:
            gone += 1
            if shown:
                continue
            kind, e = "gone", ea
        elif ea is None:
            kind, e = "new", eb
        elif ec.coded(ea) != ec.coded(eb):
            kind, e = "changed", eb
        else:
            continue
        if shown and kind != "gone" and not eb.get("shown", True):
            continue
        now = ec.coded(eb) if eb is not None else ("", "", "", "")
        old = ec.coded(ea) if ea is not None else ("", "", "", "")
        out.append({"day": day, "article_id": k[0], "start": e["trigger"][0], "end": e["trigger"][1], "type": k[2],
                    "kind": kind, "actor": now[0], "recipient": now[1], "date": now[2], "modality": now[3],
                    "old_actor": old[0], "old_recipient": old[1], "old_date": old[2], "old_modality": old[3],
                    "shown": "" if eb is None else str(bool(eb.get("shown", True))).lower(),
                    "sentence_start": e["sentence"][0], "sentence_end": e["sentence"][1]})
    return out, gone


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("base", type=Path)
    ap.add_argument("new", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("days", nargs="+")
    ap.add_argument("--shown", action="store_true")
    ap.add_argument("--skip-judged", action="store_true")
    args = ap.parse_args(argv)
    rows = []
    with open(args.out, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, COLUMNS, delimiter="\t")
        w.writeheader()
        for day in args.days:
            got, gone = rows_for(args.base, args.new, day, args.shown, args.skip_judged)
            w.writerows(got)
            rows += got
            kinds = {k: sum(1 for r in got if r["kind"] == k) for k in ("new", "changed", "gone")}
            print(f"{day}: {len(got)} rows ({kinds['new']} new, {kinds['changed']} changed, {kinds['gone']} gone "
                  f"listed); {gone} events gone in all")
    print(f"{len(rows)} rows written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
