import time, tempfile
from pathlib import Path
import numpy as np
import marsad
import importlib; N = importlib.import_module("marsad.arabic.normalize")
db = Path(tempfile.gettempdir()) / "marsad_bench_pipeline" / "2015-07-21_300.db"
with marsad.open(str(db), readonly=True) as m:
    texts = [a.text for a in m.iter_articles()]
table = N._SEARCH_TABLE
lut = np.arange(0x10000, dtype=np.uint32)
dele = np.zeros(0x10000, dtype=bool)
for k, v in table.items():
    if v is None: dele[k] = True
    else: lut[k] = v
def fast(text):
    a = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    if a.max() > 0xFFFF: return text.translate(table)
    b = lut[a]
    d = dele[a]
    if d.any(): b = b[~d]
    return b.tobytes().decode("utf-32-le", "surrogatepass")
assert all(fast(t) == t.translate(table) for t in texts)
for L in (50, 200, 1000, 5000):
    xs = [t[:L] for t in texts if len(t) >= L]
    for f in (lambda t: t.translate(table), fast):
        t0 = time.perf_counter()
        for _ in range(3):
            for x in xs: f(x)
        print(L, f"{1e6*(time.perf_counter()-t0)/3/len(xs):.1f} us")
