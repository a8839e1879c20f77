"""Time the two story steps (stories, story pages) on a copy of a kept bench DB, stories reset; dump their output.

    python .work/story_steps.py KEPT.db OUT.json [--profile N] [--repeat R]
"""
import cProfile, hashlib, json, pstats, shutil, sqlite3, sys, tempfile, time
from pathlib import Path

kept, out = sys.argv[1], sys.argv[2]
prof = int(sys.argv[sys.argv.index("--profile") + 1]) if "--profile" in sys.argv else 0
repeat = int(sys.argv[sys.argv.index("--repeat") + 1]) if "--repeat" in sys.argv else 1

from marsad.store import open_store
from marsad.stories.cluster import cluster_step
from marsad.stories.view import materialize_step
from marsad.stories.features import document_frequencies
from marsad.nlp.kb.kb import load_kb
document_frequencies(); load_kb()  # warm shared data (loaded once in a real run too)

times = {"stories": [], "story pages": []}
for r in range(repeat):
    tmp = Path(tempfile.mkdtemp()) / "s.db"
    shutil.copy(kept, tmp)
    con = sqlite3.connect(tmp)
    for t in ("story_views", "stories", "story_articles", "story_postings"):
        con.execute(f"DELETE FROM {t}")
    con.execute("DELETE FROM story_state WHERE key = 'cluster_seq'")
    con.commit(); con.close()
    store = open_store(str(tmp))
    pr = cProfile.Profile() if prof and r == 0 else None
    for name, fn in (("stories", cluster_step), ("story pages", materialize_step)):
        if pr: pr.enable()
        t0 = time.process_time()
        fn(store)
        times[name].append(time.process_time() - t0)
        if pr: pr.disable()
    store.close()
    if r == 0:
        con = sqlite3.connect(tmp)
        dump = {
            "placed": sorted(con.execute("SELECT * FROM story_articles").fetchall()),
            "stories": sorted(tuple(x for i, x in enumerate(row) if i not in ()) for row in con.execute(
                "SELECT id, seq, title, size, first_seen, last_seen, centroid, merged_into FROM stories").fetchall()),
            "views": sorted(con.execute("SELECT story_id, fingerprint, view FROM story_views").fetchall()),
        }
        con.close()
        Path(out).write_text(json.dumps(dump, ensure_ascii=False, default=str))
        print("digest", hashlib.sha256(json.dumps(dump, ensure_ascii=False, default=str).encode()).hexdigest()[:16],
              {k: len(v) for k, v in dump.items()})
    if pr:
        pstats.Stats(pr).sort_stats("tottime").print_stats(prof)
    shutil.rmtree(tmp.parent)
for k, v in times.items():
    print(f"{k}: " + " ".join(f"{x:.2f}" for x in v) + f" s CPU (min {min(v):.2f})")
