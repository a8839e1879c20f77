"""Dev errors of a tagger (dev only): spans missed / spurious / wrong type, with gazetteer flags."""
import sys
from collections import Counter
from marsad.nlp.ner.conll import read_conll, split_blocks, shared_data_dir
from marsad.nlp.ner.tagger import load_tagger
from marsad.nlp.ner.lexicon import norm_word
split = split_blocks(read_conll(shared_data_dir() / "anercorp" / "train.txt"))
tagger = load_tagger()
dev = split.dev
pred = tagger.tag_many([[w for w, _ in s] for s in dev])
def spans(tags):
    out, cur = [], None
    for i, t in enumerate(tags + ["O"]):
        if t == "O" or t.startswith("B-") or (cur and t[2:] != cur[0]):
            if cur: out.append((cur[0], cur[1], i)); cur = None
        if t != "O" and cur is None: cur = [t[2:], i]
    return [tuple(x) for x in out]
fz = tagger.model.featurizer
gaz = fz.gazetteer if fz else {}
c = Counter()
lines = []
for s, p in zip(dev, pred):
    words = [w for w, _ in s]
    g = set(spans([t for _, t in s])); q = set(spans(p))
    gb = {(a, b): ty for ty, a, b in g}; qb = {(a, b): ty for ty, a, b in q}
    for ty, a, b in g - q:
        kind = "wrongtype" if (a, b) in qb else "miss"
        c[(ty, kind)] += 1
        name = " ".join(words[a:b])
        flags = [gaz.get(norm_word(w), "-") for w in words[a:b]]
        lines.append(f"{kind}\t{ty}\t{qb.get((a,b),'')}\t{name}\t{flags}\t{' '.join(words[max(0,a-3):b+3])}")
    for ty, a, b in q - g:
        if (a, b) not in gb:
            c[(ty, "spurious")] += 1
            lines.append(f"spurious\t{ty}\t\t{' '.join(words[a:b])}\t\t{' '.join(words[max(0,a-3):b+3])}")
for k, v in sorted(c.items()): print(k, v)
open(sys.argv[1], "w").write("\n".join(sorted(lines)))
