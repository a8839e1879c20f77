"""The CONSULT rows of round 20's two unseen readings, at this branch's code: the event at the same trigger."""
import json, sys
FILES = [("/work/main/eval/judgements/snn_events_unseen_2015-07-21_08-02_08-07_independent.tsv", "unseen6"),
         ("/work/main/eval/judgements/snn_events_unseen_2015-07-26_08-04_08-11_independent.tsv", "unseen5")]
root = sys.argv[1]
for path, sub in FILES:
    rows = [l.rstrip("\n").split("\t") for l in open(path)][1:]
    for r in rows:
        if r[5] != "CONSULT":
            continue
        day, aid, t0 = r[1], r[2], int(r[4].split("-")[0])
        evs = [json.loads(l) for l in open(f"{root}/{sub}/{day}/events_all.jsonl")]
        hit = [e for e in evs if e["article_id"] == aid and e["trigger"][0] == t0]
        old = f"{r[6]} {r[7]} -> {r[8]} | {r[9]} | {r[10]}"
        if not hit:
            new = "DROPPED (no event)"
        else:
            e = hit[0]
            new = (f"{e['type']} {e.get('mode') or '-'} {(e['actor'] or {}).get('name')} -> {(e['recipient'] or {}).get('name')}"
                   f" | {e['date']} | {e['modality']} | shown={e.get('shown')}")
        print(f"{sub} #{r[0]} {r[11]} {r[12]}\n   old: {old}\n   new: {new}")
