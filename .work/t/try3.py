import sys, pickle; sys.path.insert(0, "."); sys.path.insert(0, ".work/t")
from pathlib import Path
import marsad.stories.incidents_check as ic
from marsad.stories import train_incidents as ti
import json
data = {n: pickle.loads(Path(f".work/pairs_{n}.pkl").read_bytes()) for n in ("0727", "0804")}
X = data["0727"][0] + data["0804"][0]; y = data["0727"][1] + data["0804"][1]; sw = data["0727"][2] + data["0804"][2]
w = ti.fit(X, y, sw, 1.0)
Path("src/marsad/stories/data/incident_model.json").write_text(json.dumps({"features": list(ic.INCIDENT_FEATURES), "weights": [round(v, 6) for v in w], "trained_on": ["stories_home_pages_2015-07-27_base (store 07-25..27)", "stories_home_pages_2015-08-04_final (store 08-02..04)"], "l2": 1.0, "pairs": len(y), "same": sum(y)}, indent=1) + "\n")
ic.shipped_incident_model.cache_clear()
from tests.test_stories_slots import place
exec(open(".work/t/try2.py").read().split("print(place(ROWS))")[0].split("from tests.test_stories_slots import place")[1])
from tests.test_stories_incident_check import ROWS as R1
for bar in (0.3, 0.4):
    print(bar, place(ROWS, incident_bar=bar, incident_majority=True), place(R1, incident_bar=bar, incident_majority=True))
