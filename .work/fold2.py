import sys; sys.path.insert(0, "eval")
from pathlib import Path
import numpy as np
import events_gsr_cv as cv
import marsad.nlp.events.train_detector as T
GSR = Path("/work/shared/data/event_gsr_dev")
rows = cv.gold_rows(GSR)
docs = {T.document_of(sid) for u, (t, sid, y, x) in rows.items() if not T.is_frozen(sid)}
held = frozenset(d for d in docs if T.fold_of(d) == int(sys.argv[1]))
orig = T._choose_threshold
def spy(scores, gold, target):
    t, curve = orig(scores, gold, target)
    ok = [x for x in curve if x[1] >= target and x[2] > 0]
    print("n ok", len(ok), "chosen", t, "P/R at chosen", [x for x in curve if x[0] == round(t, 4) or abs(x[0]-t)<1e-9][:1], "max P with R>=.1:", max((x[1] for x in curve if x[2] >= 0.1), default=None))
    return t, curve
T._choose_threshold = spy
T.DETECTED_TYPES = ("PROTEST",); T.read_gold.__globals__["DETECTED_TYPES"] = ("PROTEST",)
import marsad.nlp.events.train_detector
T.train_detector(T.TrainOptions(skip_documents=held, write=False, verbose=True, gsr=GSR))
