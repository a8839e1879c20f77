import time, tempfile, importlib
from pathlib import Path
from operator import methodcaller
import marsad
from marsad.nlp import gazetteer as G
from marsad.nlp.events import analysis as A
from marsad.nlp.events import lexicon as L
db = Path(tempfile.gettempdir()) / "marsad_bench_pipeline" / "2015-07-21_300.db"
with marsad.open(str(db), readonly=True) as m:
    texts = [a.text for a in m.iter_articles()]
Tok = G.Tok; norm = G._cached_norm; RE = G._TOKEN_RE; GLUE = G._GLUE
def gaz2(text):
    out = []
    append = out.append
    prev = 0
    for m in RE.finditer(text):
        s, e = m.span()
        if s == prev or (s == prev + 1 and text[prev] == " "):
            append(Tok(s, e, norm(text[s:e])))
        else:
            gap = text[prev:s]
            append(Tok(s, e, norm(text[s:e]), not gap.strip(GLUE), not gap.strip()))
        prev = e
    return out
def gaz3(text):
    ms = list(RE.finditer(text))
    spans = list(map(re.Match.span, ms))
    norms = list(map(norm, map(re.Match.group, ms)))
    out = list(map(Tok, [s for s, _ in spans], [e for _, e in spans], norms))
    prev = 0
    for t in out:
        s = t.start
        if not (s == prev or (s == prev + 1 and text[prev] == " ")):
            gap = text[prev:s]
            t.glue = not gap.strip(GLUE); t.space = not gap.strip()
        prev = t.end
    return out
import re
ETok = A.Tok; ERE = A._FOLDED_TOKEN_RE
def ev2(text):
    folded = L.fold_in_place(text)
    out = []
    append = out.append
    if "\x01" in folded:
        for m in ERE.finditer(folded):
            norm_ = m.group()
            if "\x01" in norm_:
                norm_ = norm_.replace("\x01", "")
            s, e = m.span()
            append(ETok(s, e, norm_, not norm_[:1].isalnum()))
    else:
        for m in ERE.finditer(folded):
            norm_ = m.group()
            s, e = m.span()
            append(ETok(s, e, norm_, not norm_[:1].isalnum()))
    return out
def same(a, b): return [(t.start, t.end, t.norm, getattr(t, 'glue', 0), getattr(t, 'space', 0), getattr(t, 'punct', 0)) for t in a] == [(t.start, t.end, t.norm, getattr(t, 'glue', 0), getattr(t, 'space', 0), getattr(t, 'punct', 0)) for t in b]
assert all(same(G._tokenize(x), gaz2(x)) and same(G._tokenize(x), gaz3(x)) and same(A._tokenize(x), ev2(x)) for x in texts)
for name, f in [("gaz", G._tokenize), ("gaz2", gaz2), ("gaz3", gaz3), ("ev", A._tokenize), ("ev2", ev2)] * 2:
    t = time.process_time()
    for x in texts: f(x)
    d = time.process_time() - t
    print(f"{name:8s} {1000*d/len(texts):.3f} ms/article")
