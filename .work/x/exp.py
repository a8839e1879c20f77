"""Experiment harness (not shipped): train the incident check on some read pages, score strays on others."""
import json, pickle, sys, time
from collections import Counter
from pathlib import Path
sys.path.insert(0, "eval")
from home_pages import home_pages
import incidents_check as ic
from marsad.stories.grouping import GroupOptions
from marsad.stories.train_pairs import features_from_store, place
import train_incidents as ti
J = "eval/judgements/"
SETS = {
    "0727": (".work/snn_07-25_07-26_07-27.db", J + "stories_home_pages_2015-07-27_base.tsv", J + "stories_home_pages_2015-07-27_base_groups.tsv"),
    "0804": (".work/snn_08-02_08-03_08-04.db", J + "stories_home_pages_2015-08-04_final.tsv", J + "stories_home_pages_2015-08-04_final_groups.tsv"),
    "0802": (".work/snn_08-02_08-03_08-04.db", J + "stories_home_pages_2015-08-02_stories8.tsv", J + "stories_home_pages_2015-08-02_stories8_groups.tsv"),
}
_cache = {}
def load(db):
    if db in _cache: return _cache[db]
    pk = Path(db + ".items.pkl")
    if pk.exists():
        items = pickle.loads(pk.read_bytes())
    else:
        from marsad.store import open_store
        st = open_store(db); items = features_from_store(st); st.close()
        pk.write_bytes(pickle.dumps(items))
    base = place(items, None, GroupOptions())
    _cache[db] = (items, base)
    return _cache[db]

def rows(path):
    import csv
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))

def strays_score(name, new):
    db, final, groups = SETS[name]
    items, old = load(db)
    read = [(r["day"], r["story_id"]) for r in rows(final)]
    strays = {(r["story_id"], r["article_id"]) for r in rows(groups)}
    url_of = {it.features.article_id[:10]: it.url for it in items}
    c = Counter()
    for day in sorted({d for d, _ in read}):
        page = dict(home_pages(items, old, day, 20))
        for d, sid in read:
            if d != day or sid not in page: continue
            ms = [m.features.article_id[:10] for m in page[sid]]
            bad = [a for a in ms if (sid, a) in strays]; good = [a for a in ms if (sid, a) not in strays]
            succ = Counter(new[url_of[a]] for a in (good or ms)).most_common(1)[0][0]
            c["strays"] += len(bad); c["strays_kept"] += sum(new[url_of[a]] == succ for a in bad)
            c["main"] += len(good); c["main_kept"] += sum(new[url_of[a]] == succ for a in good)
    return c

def train(names, dev_db=None, l2=1.0):
    pairs = []
    for n in names:
        db, final, groups = SETS[n]
        items, old = load(db)
        pairs += ti.read_pairs(db, final, groups, items=items, old=old)
    X, y, sw = ti.vectors(pairs)
    if dev_db:
        global _dev
        try: dp = _dev
        except NameError:
            dp = _dev = ti.dev_pairs(dev_db, Path("../shared"))
        Xd, yd, _ = ti.vectors(dp)
        scale = sum(sw) / max(1, len(dp))
        X, y, sw = X + Xd, y + yd, sw + [scale] * len(dp)
    w = ti.fit(X, y, sw, l2)
    return ic.IncidentModel(w), (X, y, sw)

def run(model, name, **opts):
    ic.shipped_incident_model = lambda: model
    items, _ = load(SETS[name][0])
    new = place(items, None, GroupOptions(**opts))
    return strays_score(name, new)
