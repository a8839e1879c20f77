"""Placement-level leave-one-day-set-out, distinct features (others zero), l2 100 (temporary restore of 1fcc3b9's grouping)."""
import sys; sys.path.insert(0, ".work/x"); sys.path.insert(0, "eval")
from exp import *
import numpy as np
import marsad.stories.incidents_check as mic
from marsad.stories.incidents_check import INCIDENT_FEATURES
SETS["0808"] = (".work/snn_08-06_08-07_08-08.db", J + "stories_home_pages_2015-08-08_final.tsv", J + "stories_home_pages_2015-08-08_final_groups.tsv")
names = ["0727", "0804", "0808"]
data = {n: pickle.loads(Path(f".work/pairs_{n}.pkl").read_bytes()) for n in names}
cs = [INCIDENT_FEATURES.index(f) for f in ("bias", "pair_logit", "numbers_disjoint", "numbers_shared", "unexplained_max", "unexplained_min", "names_conflict", "events_disjoint", "title", "lead")]
for te in names:
    tr = [n for n in names if n != te]
    X = sum((data[n][0] for n in tr), []); y = sum((data[n][1] for n in tr), []); sw = sum((data[n][2] for n in tr), [])
    w = ti.fit([[r[c] for c in cs] for r in X], y, sw, 100.0)
    full = [0.0] * len(INCIDENT_FEATURES)
    for c, v in zip(cs, w): full[c] = v
    m = mic.IncidentModel(full)
    mic.shipped_incident_model = lambda: m
    items, old = load(SETS[te][0])
    pass
    for bar in (0.45, 0.48):
        new = place(items, None, GroupOptions(incident_bar=bar, incident_majority=True))
        print(te, bar, strays_score(te, new), flush=True)
