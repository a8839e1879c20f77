import sys; sys.path.insert(0, ".work")
from exp import *
t=time.time()
m, (X, y, sw) = train(["0727"])
print("trained", time.time()-t)
from marsad.stories.incidents_check import INCIDENT_FEATURES
for n, w in zip(INCIDENT_FEATURES, m.weights): print(f"  {n:16s} {w:+.3f}")
ti.report(X, y, sw, m.weights, "0727 in-sample")
t=time.time()
print("base", run(m, "0727"), time.time()-t)
for bar in (0.2, 0.3, 0.4, 0.5):
    print(bar, run(m, "0727", incident_bar=bar))
    print(bar, "maj", run(m, "0727", incident_bar=bar, incident_majority=True))
