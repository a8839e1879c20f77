import sqlite3, time, re
con = sqlite3.connect("/tmp/marsad_bench_pipeline/2015-07-21_400.db")
texts = [r[0] for r in con.execute("select text from articles")]
from marsad.nlp.events import analysis as A
from marsad.nlp.events import lexicon as L
Tok = A.Tok
R = A._FOLDED_TOKEN_RE
print("texts with \\x01 after folding:", sum("\x01" in L.fold_in_place(t) for t in texts), "of", len(texts))
_PUNCT = {}
def v1(text):
    out = []
    append = out.append
    folded = L.fold_in_place(text)
    marks = "\x01" in folded
    for m in R.finditer(folded):
        norm = m.group()
        if marks and "\x01" in norm:
            norm = norm.replace("\x01", "")
        s, e = m.span()
        append(Tok(s, e, norm, not norm[:1].isalnum()))
    return out
def v2(text):
    folded = L.fold_in_place(text)
    marks = "\x01" in folded
    out = []
    append = out.append
    for m in R.finditer(folded):
        norm = m.group()
        if marks and "\x01" in norm:
            norm = norm.replace("\x01", "")
        c = norm[:1]
        append(Tok(*m.span(), norm, not c.isalnum()))
    return out
# punct decided by the regex branch: letters|digits are not punct, the last branch is
R3 = re.compile(r"((?:[^\W\d_]|\x01)+|\d+(?:[./:\-]\d+)*)|[^\w\s\x01]")
def v3(text):
    folded = L.fold_in_place(text)
    marks = "\x01" in folded
    out = []
    append = out.append
    for m in R3.finditer(folded):
        norm = m.group()
        if marks and "\x01" in norm:
            norm = norm.replace("\x01", "")
            append(Tok(*m.span(), norm, not norm[:1].isalnum()))
        else:
            append(Tok(*m.span(), norm, m.lastindex is None))
    return out
for f in (v1, v2, v3):
    for t in texts:
        a = A._tokenize(t); b = f(t)
        assert [(x.start, x.end, x.norm, x.punct) for x in a] == [(x.start, x.end, x.norm, x.punct) for x in b], (f, t[:50])
print("same")
for name, f in (("old", A._tokenize), ("v1", v1), ("v2", v2), ("v3", v3)) * 2:
    best = 1e9
    for rep in range(3):
        t0 = time.process_time()
        for t in texts: f(t)
        best = min(best, time.process_time() - t0)
    print(f"{name:10} {1000*best/len(texts):.3f} ms/article")
