import sys, time
sys.path.insert(0, "eval")
from home_pages import build
from pathlib import Path
for days in sys.argv[1:]:
    t = time.time()
    db = build(days.split(","), Path(".work"))
    print(days, db, f"{time.time()-t:.0f}s", flush=True)
