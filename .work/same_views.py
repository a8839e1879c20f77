"""Whether two processed databases hold the same story views (the view JSON, by story id)."""
import sqlite3, sys
def views(db):
    con = sqlite3.connect(db)
    return dict(con.execute("SELECT story_id, view FROM story_views"))
a, b = views(sys.argv[1]), views(sys.argv[2])
print(f"{len(a)} / {len(b)} views; same ids: {a.keys() == b.keys()}; same JSON: {a == b}")
