"""CV recode with fold detectors cached; prints per-path FA/TP for the dev part."""
import sys, pickle, os
sys.path.insert(0, "eval")
from pathlib import Path
import events_gsr_cv as cv
from marsad.nlp.events.coder import CoderOptions, code_events
from marsad.nlp.events.train_detector import TrainOptions, document_of, fold_of, is_frozen, train_detector
import marsad
GSR = Path("/work/shared/data/event_gsr_dev")
DB = Path("/tmp/events4_base/gsr.db")
tag = sys.argv[1] if len(sys.argv) > 1 else "base"
cache = Path(f"/tmp/events4_dets_{tag}.pkl")
rows = cv.gold_rows(GSR)
with marsad.open(str(DB), readonly=True) as m:
    arts = [a for a in m.store.iter_articles() if a.url in rows and not is_frozen(rows[a.url][1])]
    if cache.exists():
        dets = pickle.loads(cache.read_bytes())
    else:
        dets = []
        for k in range(5):
            held = frozenset(document_of(rows[a.url][1]) for a in arts if fold_of(document_of(rows[a.url][1])) == k)
            det, _ = train_detector(TrainOptions(skip_documents=held, write=False, verbose=False, gsr=GSR))
            dets.append((held, det))
        cache.write_bytes(pickle.dumps(dets))
    coded = {}
    for held, det in dets:
        opt = CoderOptions(detector=det)
        for a in arts:
            if document_of(rows[a.url][1]) in held:
                spans = cv.code_events(cv._doc(m.store, a), opt)
                coded[a.url] = {"types": {s.label for s in spans}, "shown": {s.label for s in spans if s.data.get("shown")},
                                "detector": det, "spans": [(s.label, s.data.get("detector"), s.data.get("source"), s.data.get("trigger_text"), bool(s.data.get("actor")), bool(s.data.get("recipient")), s.data.get("actor_from")) for s in spans]}
for which in ("types", "shown"):
    for typ, r in cv.score(rows, coded, which).items():
        print(f"cv {which} {typ}: R {r['recall']:.3f} ({r['tp']}/{r['positives']}) P {r['precision']:.3f} FA {r['false_alarms']}/{r['negatives']}")
from collections import Counter
for typ in ("PROTEST", "ASSAULT"):
    c = Counter()
    for url, (t, sid, yes, text) in rows.items():
        if t != typ or url not in coded: continue
        sp = [s for s in coded[url]["spans"] if s[0] == typ]
        if not sp: continue
        path = "detector" if any(s[1] is not None for s in sp) else "weak/lexicon"
        c[(path, yes)] += 1
    print(typ, dict(c))
pickle.dump(coded and {u: {k: v for k, v in c.items() if k != "detector"} for u, c in coded.items()}, open(f"/tmp/events4_coded_{tag}.pkl", "wb"))
