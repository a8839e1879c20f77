"""How many word types the neural NER projects over the full day for several table sizes (eviction simulated)."""
import tempfile
from pathlib import Path
import marsad
from marsad.nlp.ner.lexicon import tokenize
db = Path(tempfile.gettempdir()) / "marsad_bench_pipeline" / "2015-07-21_all.db"
with marsad.open(str(db), readonly=True) as m:
    words = [[t.text for t in tokenize(a.text)] for a in m.iter_articles()]
batches, cur = [], []
for w in words:
    cur += w
    if len(cur) >= 12000:
        batches.append(cur); cur = []
batches.append(cur)
print(sum(map(len, words)), "tokens,", len({x for w in words for x in w}), "types,", len(batches), "batches")
for cap in (30_000, 45_000, 60_000, 100_000):
    slot, uses, projected = {}, {}, 0
    for b in batches:
        missing = [w for w in dict.fromkeys(b) if w not in slot]
        if missing and len(slot) + len(missing) > cap:
            here = {w for w in b if w in slot}
            ranked = sorted(slot, key=lambda w: -uses[w])
            keep = [w for k, w in enumerate(ranked) if k < cap // 2 or w in here]
            slot = {w: 1 for w in keep}; uses = {w: uses[w] // 2 for w in keep}
        for w in missing:
            slot[w] = 1; uses[w] = 0
        projected += len(missing)
        for w in b: uses[w] += 1
    print(f"cap {cap:,}: {projected:,} projections, table {cap*3.2/1000:.0f} MB")
