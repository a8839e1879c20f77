"""Per dev sentence, the coder's outcome for its type when the detector says: A yes, B weak, C no."""
import sys, json, copy
sys.path.insert(0, "eval")
from pathlib import Path
import events_gsr_cv as cv
import marsad
from marsad.nlp.events.coder import CoderOptions, code_events
from marsad.nlp.events.detect import Detector, TypeModel, load_detector
from marsad.nlp.events.train_detector import document_of, is_frozen
GSR = Path("/work/shared/data/event_gsr_dev")
db = Path(sys.argv[1]) / "gsr.db"
rows = cv.gold_rows(GSR)
base = load_detector()
def det(thr):
    return Detector({t: TypeModel(t, m.bias, m.weights, thr, m.verbs, m.actors) for t, m in base.models.items()}, "x")
regimes = {"A": (CoderOptions(detector=det(-1.0)),), "B": (CoderOptions(detector=det(2.0), detect_weak=0.0),),
           "C": (CoderOptions(detector=det(2.0), detect_weak=10.0),)}
out = {}
with marsad.open(str(db), readonly=True) as m:
    arts = [a for a in m.store.iter_articles() if a.url in rows and not is_frozen(rows[a.url][1])]
    for name, (opt,) in regimes.items():
        for a in arts:
            typ = rows[a.url][0]
            spans = code_events(cv._doc(m.store, a), opt)
            out.setdefault(a.url, {})[name] = typ in {s.label for s in spans}
        print(name, sum(v[name] for v in out.values()), flush=True)
Path(sys.argv[2]).write_text(json.dumps(out))
