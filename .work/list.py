"""List key actors of the N largest stories (id, size, first headline, actors)."""
import json, sys
from marsad.store import open_store
from marsad.stories.view import compute_story_view, list_stories
db, n = sys.argv[1], int(sys.argv[2])
store = open_store(db, readonly=True)
for s in list_stories(store, min_size=2, limit=n):
    v = compute_story_view(store, s["id"])
    first = v["articles"][0]["title"] if v["articles"] else ""
    print(json.dumps({"id": s["id"][:10], "size": v["size"], "head": first[:90],
                      "actors": [(e["name"], e["id"][:14]) for e in v["key_entities"]]}, ensure_ascii=False))
