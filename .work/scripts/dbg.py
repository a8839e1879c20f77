"""Code one stored article's events (debug): dbg.py DB ARTICLE_ID [TRIGGER_START]"""
import sys
from marsad.store import open_store
from marsad.models import Doc
from marsad.nlp.events.coder import code_events
st = open_store(sys.argv[1], readonly=True)
a = st.get_article(sys.argv[2])
layers = {}
for s in st.spans(a.id, ["sentence", "mention", "timex", "quote"]):
    layers.setdefault(s.kind, []).append(s)
doc = Doc(a, layers)
for e in code_events(doc):
    if len(sys.argv) > 3 and e.start != int(sys.argv[3]):
        continue
    d = e.data
    print(e.label, e.start, d["trigger_text"], "A=", (d["actor"] or {}).get("name"), d["actor_from"], "R=", (d["recipient"] or {}).get("name"), d["modality"])
