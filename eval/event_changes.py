"""Join the hand-read events (``eval/judgements/snn_events_*.tsv``) to the events today's code gives on the same days,
and compare two codings of those days.

The stores come from ``eval/judged_event_stores.sh OUT`` (``OUT/DAY/events_all.jsonl``).  A judged row is joined to
today's event of the same article, trigger start and type:

* ``right`` — the row was judged ok and today's event has the same parties and modality (and date, or none); or it
  was wrong only by its date and today's event leaves the date empty (the judging rules accept an untold date);
* ``wrong:<error>`` — today's event is coded as the wrong one was;
* ``changed`` — today's event codes other parties, date or modality than the row judged: not judged (to read);
* ``gone`` — today's code emits no such event.

    python eval/event_changes.py table OUT              # today's errors by class and day
    python eval/event_changes.py table OUT --shown -v   # the same for the events shown by default, listed
    python eval/event_changes.py table OUT --rejudged eval/judgements/events8_recoded_rows.tsv
    python eval/event_changes.py diff BASE NEW [-v]     # what a change did to the judged rows, day by day
    python eval/event_changes.py pairs OLD.jsonl NEW.jsonl > changes.txt   # a change on a day nobody read: for reading

``diff`` counts, per day, the judged rows whose event a change turned from wrong to gone or from right to gone,
rows whose coding changed (printed with the reader's reason, for reading: these are in-sample), and the events
that appear or disappear among those nobody read.  Ids, offsets and coded names only: the text stays in
``../shared``.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from marsad.nlp.events.train_shown import coded, status  # the one reading of a judged row against today's coding

HERE = Path(__file__).resolve().parent
JUDGED = HERE / "judgements"


def read_tsv(path: Path) -> list[dict]:
    """The rows of a judgement TSV, its ``#`` comment lines skipped."""
    with open(path, encoding="utf-8") as fh:
        return list(csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t"))


def nm(x: str | None) -> str:
    """A party or field as the judgement files write it: ``-`` when empty."""
    return "-" if x in (None, "", "None", "-") else x


def judgement_file(day: str) -> Path | None:
    # (not "snn_events_DAY_events9_changes.tsv": a reading of one change's rows, not the day's coded events)
    found = sorted(p for p in JUDGED.glob(f"snn_events_{day}*.tsv") if not p.stem.endswith("_changes"))
    return found[0] if found else None


def load_events(path: Path) -> dict[tuple[str, int, str], dict]:
    out = {}
    if not path.exists():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            e = json.loads(line)
            out[(e["article_id"], int(e["trigger"][0]), e["type"])] = e
    return out


def load_rows(day: str) -> list[dict]:
    path = judgement_file(day)
    if path is None:
        return []
    with open(path, encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def row_key(r: dict) -> tuple[str, int, str]:
    return r["article_id"], int(r["trigger"].split("-")[0]), r["type"]


def days_of(root: Path) -> list[str]:
    return sorted(p.name for p in root.iterdir() if (p / "events_all.jsonl").exists() and judgement_file(p.name))


def load_rejudged(path: Path | None) -> dict[tuple[str, str], dict]:
    """Rows read again after a change recoded them (``eval/judgements/events8_recoded_rows.tsv``: day, n, the
    new coding and its verdict): by (day, n)."""
    if path is None:
        return {}
    with open(path, encoding="utf-8") as fh:
        return {(r["day"], r["n"]): r for r in csv.DictReader(fh, delimiter="\t")}


def status_with(day: str, r: dict, e: dict | None, rejudged: dict[tuple[str, str], dict]) -> str:
    """:func:`status`, with a row read again for the coding it has now when the code still gives that coding."""
    st = status(r, e)
    again = rejudged.get((day, r["n"]))
    if st == "changed" and again is not None and e is not None and coded(e) == (
            again["actor"], again["recipient"], again["date"], again["modality"]):
        return "right" if again["verdict"] == "ok" else f"wrong:{again['error']}"
    return st


def _shown_only(events: dict, rows: list[dict], shown: bool) -> list[dict]:
    """With ``shown``, the rows whose event today's code shows by default (gone and hidden rows left out)."""
    if not shown:
        return rows
    return [r for r in rows if (e := events.get(row_key(r))) is not None and e.get("shown", True)]


def table(root: Path, verbose: bool, rejudged_path: Path | None = None, shown: bool = False) -> int:
    by_class: dict[str, Counter] = defaultdict(Counter)
    days = days_of(root)
    rejudged = load_rejudged(rejudged_path)
    for day in days:
        events = load_events(root / day / "events_all.jsonl")
        rows = _shown_only(events, load_rows(day), shown)
        for r in rows:
            st = status_with(day, r, events.get(row_key(r)), rejudged)
            by_class[st][day] += 1
            if verbose and st.startswith("wrong"):
                e = events[row_key(r)]
                print(f"{day}\t{r['n']}\t{st}\t{r['type']}\t{coded(e)}\t{r['reason']}")
    print("class\t" + "\t".join(d[5:] for d in days) + "\ttotal\tdays")
    for cls in sorted(by_class, key=lambda c: -sum(by_class[c].values())):
        c = by_class[cls]
        print(f"{cls}\t" + "\t".join(str(c[d]) for d in days) + f"\t{sum(c.values())}\t{sum(1 for d in days if c[d])}")
    for day in days:
        events = load_events(root / day / "events_all.jsonl")
        rows = _shown_only(events, load_rows(day), shown)
        sts = [status_with(day, r, events.get(row_key(r)), rejudged) for r in rows]
        right = sts.count("right")
        judged = sum(1 for s in sts if s == "right" or s.startswith("wrong"))
        n_shown = sum(1 for e in events.values() if e.get("shown", True))
        print(f"{day}: {right}/{judged} right of rows still coded as judged ({right / max(judged, 1):.2f}); "
              f"{sts.count('changed')} changed, {sts.count('gone')} gone; {len(events)} events today, {n_shown} shown")
    return 0


def diff(base: Path, new: Path, verbose: bool) -> int:
    totals = Counter()
    for day in days_of(base):
        a = load_events(base / day / "events_all.jsonl")
        b = load_events(new / day / "events_all.jsonl")
        rows = load_rows(day)
        judged = {row_key(r) for r in rows}
        c = Counter()
        lines = []
        for r in rows:
            k = row_key(r)
            sa, sb = status(r, a.get(k)), status(r, b.get(k))
            if a.get(k) is not None and b.get(k) is not None and coded(a[k]) == coded(b[k]):
                continue
            if sa == sb == "gone":
                continue
            was = "right" if sa == "right" else ("wrong" if sa.startswith("wrong") else sa)
            now = "right" if sb == "right" else ("wrong" if sb.startswith("wrong") else sb)
            c[f"{was}->{now}"] += 1
            lines.append(f"  {day} n={r['n']} {r['type']} judged {r['verdict']}/{r['error'] or '-'} "
                         f"{was}->{now}: {coded(a[k]) if k in a else '(none)'} => {coded(b[k]) if k in b else '(none)'}"
                         f"  | {r['reason']}")
        appear = [k for k in b if k not in a and k not in judged]
        vanish = [k for k in a if k not in b and k not in judged]
        recoded = [k for k in a if k in b and k not in judged and coded(a[k]) != coded(b[k])]
        print(f"{day}: " + ", ".join(f"{k} {v}" for k, v in sorted(c.items())) +
              f"; unread events: {len(appear)} new, {len(vanish)} gone, {len(recoded)} recoded "
              f"({len(a)} -> {len(b)} events)")
        if verbose:
            print("\n".join(lines))
            for k in vanish:
                e = a[k]
                print(f"  {day} unread gone: {k} {coded(e)} {e.get('trigger_text')}")
            for k in appear:
                e = b[k]
                print(f"  {day} unread new: {k} {coded(e)} {e.get('trigger_text')}")
            for k in recoded:
                print(f"  {day} unread recoded: {k} {coded(a[k])} => {coded(b[k])}")
        totals.update(c)
    print("all days: " + ", ".join(f"{k} {v}" for k, v in sorted(totals.items())))
    return 0


def pairs(old_path: Path, new_path: Path) -> int:
    """Print, for a reader, every event two codings of one store (``events --all --json`` before and after a
    change) code differently: its key, both codings and the sentence.  The reader judges each coding with the
    criteria of ``eval/judgements/README.md``; only ids, codings and verdicts are kept (the text stays in
    ../shared)."""
    a, b = load_events(old_path), load_events(new_path)
    changed = sorted(k for k in set(a) | set(b)
                     if k not in a or k not in b or coded(a[k]) != coded(b[k]))
    print(f"{len(changed)} events coded differently ({len(a)} -> {len(b)} events)")
    for n, k in enumerate(changed, 1):
        e = b.get(k) or a[k]
        old = "(none)" if k not in a else " | ".join(coded(a[k]))
        new = "(none)" if k not in b else " | ".join(coded(b[k]))
        print(f"\n[{n}] article {k[0]} trigger {k[1]} ({e.get('trigger_text')}) {k[2]}")
        print(f"  OLD actor | recipient | date | modality: {old}")
        print(f"  NEW actor | recipient | date | modality: {new}")
        print(f"  reported: {(e.get('published_at') or '-')[:10]}")
        print(f"  sentence: {e.get('sentence_text') or ''}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    t = sub.add_parser("table")
    t.add_argument("root", type=Path)
    t.add_argument("-v", action="store_true", help="list the wrong rows")
    t.add_argument("--rejudged", type=Path, help="rows read again for their new coding (day, n, coding, verdict)")
    t.add_argument("--shown", action="store_true", help="only the rows whose event is shown by default today")
    d = sub.add_parser("diff")
    d.add_argument("base", type=Path)
    d.add_argument("new", type=Path)
    d.add_argument("-v", action="store_true", help="list every changed row and unread event")
    p = sub.add_parser("pairs")
    p.add_argument("old", type=Path)
    p.add_argument("new", type=Path)
    args = ap.parse_args(argv)
    if args.cmd == "pairs":
        return pairs(args.old, args.new)
    if args.cmd == "table":
        return table(args.root, args.v, args.rejudged, args.shown)
    return diff(args.base, args.new, args.v)


if __name__ == "__main__":
    sys.exit(main())
