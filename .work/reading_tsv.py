"""The shown rows a change touches: events NEW shows that are new or changed, and events BASE showed that are gone
(or no longer shown), in event_changes_tsv's columns (ids and offsets only)."""
import csv, sys
from pathlib import Path
sys.path.insert(0, "eval")
import event_changes as ec
from event_changes_tsv import COLUMNS
base, new, out, days = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4:]
rows = []
for day in days:
    a = ec.load_events(base / day / "events_all.jsonl")
    b = ec.load_events(new / day / "events_all.jsonl")
    n = {"new": 0, "changed": 0, "gone": 0, "hidden": 0, "now shown": 0}
    for k in sorted(set(a) | set(b)):
        ea, eb = a.get(k), b.get(k)
        sa = ea is not None and ea.get("shown", True)
        sb = eb is not None and eb.get("shown", True)
        if not (sa or sb):
            continue
        if ea is None:
            kind = "new"
        elif eb is None:
            kind = "gone"
        elif ec.coded(ea) != ec.coded(eb):
            kind = "changed"
        elif sa != sb:
            kind = "now shown" if sb else "hidden"
        else:
            continue
        n[kind] += 1
        e = eb if eb is not None else ea
        now = ec.coded(eb) if eb is not None else ("", "", "", "")
        old = ec.coded(ea) if ea is not None else ("", "", "", "")
        rows.append({"day": day, "article_id": k[0], "start": e["trigger"][0], "end": e["trigger"][1], "type": k[2],
                     "kind": kind, "actor": now[0], "recipient": now[1], "date": now[2], "modality": now[3],
                     "old_actor": old[0], "old_recipient": old[1], "old_date": old[2], "old_modality": old[3],
                     "shown": "" if eb is None else str(bool(sb)).lower(),
                     "sentence_start": e["sentence"][0], "sentence_end": e["sentence"][1]})
    print(day, n)
with open(out, "w", encoding="utf-8", newline="") as fh:
    w = csv.DictWriter(fh, COLUMNS, delimiter="\t")
    w.writeheader()
    w.writerows(rows)
print(len(rows), "rows written to", out)
