"""Do two processed databases hold the same stories, placements, centroids and story views?  python same_tables.py A B"""
import sqlite3, sys
def dump(p):
    c = sqlite3.connect(p)
    return {"placed": sorted(c.execute("SELECT * FROM story_articles").fetchall()),
            "stories": sorted(c.execute("SELECT id, seq, title, size, first_seen, last_seen, centroid, merged_into FROM stories").fetchall()),
            "views": sorted(c.execute("SELECT story_id, fingerprint, view FROM story_views").fetchall())}
a, b = dump(sys.argv[1]), dump(sys.argv[2])
for k in a:
    print(k, len(a[k]), "same" if a[k] == b[k] else "DIFFER")
