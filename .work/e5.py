import sys; sys.path.insert(0, ".work")
from exp import *
import numpy as np
data = {n: pickle.loads(Path(f".work/pairs_{n}.pkl").read_bytes()) for n in ("0727", "0804")}
X = data["0727"][0] + data["0804"][0]; y = data["0727"][1] + data["0804"][1]; sw = data["0727"][2] + data["0804"][2]
for l2 in (1.0,):
    m = ic.IncidentModel(ti.fit(X, y, sw, l2))
    print("weights", [round(v, 3) for v in m.weights], flush=True)
    ti.report(X, y, sw, m.weights, "pooled in-sample")
    for bar, maj in ((0.3, True), (0.4, True)):
        for n in ("0727", "0804"):
            print(l2, bar, maj, n, run(m, n, incident_bar=bar, incident_majority=maj), flush=True)
