"""Print the judged rows still wrong today, with their sentence (for reading; not committed output)."""
import sys
from pathlib import Path
sys.path.insert(0, "/work/wt-events13/eval")
import event_changes as ec
root = Path(sys.argv[1]); want = sys.argv[2] if len(sys.argv) > 2 else ""
for day in ec.days_of(root):
    if day in ("2015-07-23", "2015-07-25", "2015-07-26", "2015-07-27"):
        continue
    ev = ec.load_events(root / day / "events_all.jsonl")
    for r in ec.load_rows(day):
        e = ev.get(ec.row_key(r))
        st = ec.status(r, e)
        if st.startswith("wrong") and (not want or st == "wrong:" + want):
            print(f"{day} n={r['n']} {st} {r['type']} trig={e.get('trigger_text')} how={e.get('actor_from')} coded={ec.coded(e)}\n  R: {r['reason']}\n  S: {e.get('sentence_text')}\n")
