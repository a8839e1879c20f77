import sqlite3, time, re
from collections import namedtuple
from functools import partial, lru_cache
from itertools import accumulate
con = sqlite3.connect("/tmp/marsad_bench_pipeline/2015-07-21_400.db")
texts = [r[0] for r in con.execute("select text from articles")]
from marsad.nlp.events import analysis as A
from marsad.nlp.events import lexicon as L
SPLIT = re.compile("(" + A._FOLDED_TOKEN_RE.pattern + ")")
NT = namedtuple("Tok", "start end norm punct")
mk = partial(tuple.__new__, NT)
@lru_cache(maxsize=None)
def _punct(n): return not n[:1].isalnum()
def new(text):
    f = L.fold_in_place(text)
    parts = SPLIT.split(f)
    cum = list(accumulate(map(len, parts)))
    toks = parts[1::2]
    if "\x01" in f:
        toks = [t.replace("\x01", "") if "\x01" in t else t for t in toks]
    return list(map(mk, zip(cum[0:-1:2], cum[1::2], toks, map(_punct, toks))))
for t in texts:
    a = A._tokenize(t); b = new(t)
    assert [(x.start, x.end, x.norm, x.punct) for x in a] == [tuple(x) for x in b], t[:50]
print("same")
for name, f in (("old", A._tokenize), ("new", new), ("old", A._tokenize), ("new", new)):
    best = 1e9
    for rep in range(3):
        t0 = time.process_time()
        for t in texts: f(t)
        best = min(best, time.process_time() - t0)
    print(f"{name:10} {1000*best/len(texts):.3f} ms/article")
def tm(label, f):
    best = 1e9
    for rep in range(3):
        t0 = time.process_time()
        for t in texts: f(t)
        best = min(best, time.process_time() - t0)
    print(f"{label:30} {1000*best/len(texts):.3f} ms/article")
folded = [L.fold_in_place(t) for t in texts]
tm("fold", L.fold_in_place)
it = iter(folded * 10)
tm("split", lambda t: SPLIT.split(L.fold_in_place(t)))
tm("finditer list", lambda t: list(A._FOLDED_TOKEN_RE.finditer(L.fold_in_place(t))))
tm("findall", lambda t: A._FOLDED_TOKEN_RE.findall(L.fold_in_place(t)))
def new2(t):
    f = L.fold_in_place(t)
    parts = SPLIT.split(f)
    cum = list(accumulate(map(len, parts)))
    toks = parts[1::2]
    return toks
tm("split+acc", new2)
def new3(t):
    f = L.fold_in_place(t)
    parts = SPLIT.split(f)
    cum = list(accumulate(map(len, parts)))
    toks = parts[1::2]
    return list(zip(cum[0:-1:2], cum[1::2], toks, map(_punct, toks)))
tm("split+acc+zip", new3)
