import sys, json
sys.path.insert(0, "eval")
from pathlib import Path
import events_gsr_cv as cv
from marsad.nlp.events import lexicon as L
from marsad.nlp.events.analysis import _tokens, stems
from marsad.nlp.events.detect import lexical_features
GSR = Path("/work/shared/data/event_gsr_dev")
db = Path(sys.argv[1]) / "gsr.db"
out = Path(sys.argv[2])
rows = cv.gold_rows(GSR)
votes = cv.gold_votes(GSR)
coded = cv.recode(db, GSR, cache=db.parent / "fold_detectors.json")
lex = L.load_lexicon(True)
recs = []
for url in cv.dev_urls(rows):
    typ, sid, yes, text = rows[url]
    c = coded.get(url)
    hit = c is not None and typ in c["types"]
    norms = [t.norm for t in _tokens(text) if not t.punct]
    p = None
    if c is not None:
        m = c["detector"].models[typ]
        p = round(m.score(norms, lexical_features(norms, lex, stems)), 3)
        thr = round(m.threshold, 3)
    kind = "TP" if yes and hit else "FN" if yes else "FP" if hit else "TN"
    recs.append({"kind": kind, "type": typ, "id": sid, "vote": votes[url], "p": p, "thr": thr,
                 "why": cv.why_missed(text, typ, c["detector"]) if kind == "FN" and c else "", "text": text})
out.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in recs) + "\n")
from collections import Counter
print(Counter((r["type"], r["kind"]) for r in recs))
