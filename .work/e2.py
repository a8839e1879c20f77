import sys; sys.path.insert(0, ".work")
from exp import *
mA, dA = train(["0727"])
mB, dB = train(["0804", "0802"])
from marsad.stories.incidents_check import INCIDENT_FEATURES
for n, a, b in zip(INCIDENT_FEATURES, mA.weights, mB.weights): print(f"  {n:16s} {a:+.3f} {b:+.3f}")
XA, yA, sA = dA; XB, yB, sB = dB
ti.report(XB, yB, sB, mA.weights, "A->B pairs")
ti.report(XA, yA, sA, mB.weights, "B->A pairs")
for bar in (0.25, 0.3, 0.35, 0.4):
    print("A->0804", bar, run(mA, "0804", incident_bar=bar), flush=True)
    print("A->0802", bar, run(mA, "0802", incident_bar=bar), flush=True)
    print("B->0727", bar, run(mB, "0727", incident_bar=bar), flush=True)
