"""Byte-level comparison of two stores: every annotation row as stored (its JSON text included), the entities,
story memberships and story views.  usage: same_raw.py BASE NEW"""
import sqlite3, sys, hashlib
def rows(db, sql):
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchall()
    except sqlite3.OperationalError as e:
        return [("error", str(e))]
Q = {
    "annotations": 'SELECT article_id, stage, kind, start, "end", label, data FROM annotations ORDER BY article_id, stage, kind, rowid',
    "entities": "SELECT * FROM entities ORDER BY id",
    "story_articles": "SELECT * FROM story_articles ORDER BY 1, 2",
    "story_views (no updated_at)": "SELECT story_id, fingerprint, view FROM story_views ORDER BY 1",
    "stories (no updated_at)": "SELECT id, seq, title, size, first_seen, last_seen, centroid, merged_into FROM stories ORDER BY 1",
}
for name, sql in Q.items():
    a, b = rows(sys.argv[1], sql), rows(sys.argv[2], sql)
    da = hashlib.sha1(repr(a).encode()).hexdigest()[:12]
    db = hashlib.sha1(repr(b).encode()).hexdigest()[:12]
    print(f"{name:28} {len(a):7,} rows vs {len(b):7,}: {'IDENTICAL' if a == b else 'DIFFER'} ({da} {db})")
