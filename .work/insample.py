"""In-sample counts on the readers' labels: strays still in their story, main-event members lost.
usage: insample.py DB MEMBERS_SOURCE GROUPS [off]   (MEMBERS_SOURCE: round6 members tsv, or a printed page)"""
import sys
from collections import Counter, defaultdict
sys.path.insert(0, "eval")
from home_pages_diff import parse
from marsad.store import open_store
from marsad.stories.train_pairs import features_from_store, place
from marsad.stories.grouping import GroupOptions

db, src, groups = sys.argv[1:4]
opts = GroupOptions()
for a in sys.argv[4:]:
    k, v = a.split("=")
    setattr(opts, k, {"False": False, "True": True}.get(v, v))
store = open_store(db); items = features_from_store(store); store.close()
members = defaultdict(set)  # (day, story) -> article prefixes
if src.endswith(".tsv"):
    for line in open(src, encoding="utf-8").read().splitlines()[1:]:
        day, _, sid, aid = line.split("\t")
        members[(day, sid)].add(aid)
else:
    for day, stories in parse(__import__("pathlib").Path(src)).items():
        for s in stories:
            members[(day, s["id"])] = set(s["members"])
stray = defaultdict(dict)
for line in open(groups, encoding="utf-8").read().splitlines()[1:]:
    sid, aid, grp = line.split("\t")[:3]
    stray[sid][aid] = grp
days = {d for d, _ in members}
mine = {k: v for k, v in members.items()}
story_of = place(items, options=opts)
by_prefix = {it.features.article_id[:10]: story_of.get(it.url) for it in items}
tot = Counter(); lost = Counter()
out_lines = []
for (day, sid), ms in sorted(mine.items()):
    if sid not in stray and not src.endswith(".tsv"):
        pass
    held = Counter(by_prefix.get(a) for a in ms if by_prefix.get(a))
    succ = held.most_common(1)[0][0]
    for a in ms:
        kind = "stray" if a in stray.get(sid, {}) else "main"
        tot[kind] += 1
        if by_prefix.get(a) != succ:
            lost[kind] += 1
            out_lines.append(f"{day} {sid} {kind} {a} {stray.get(sid, {}).get(a, '')}")
print(f"strays still in story {tot['stray'] - lost['stray']} / {tot['stray']} (out {lost['stray']}); "
      f"main kept {tot['main'] - lost['main']} / {tot['main']} (lost {lost['main']})")
open(db + ".moved." + "_".join(sys.argv[4:] or ["new"]), "w").write("\n".join(out_lines) + "\n")
