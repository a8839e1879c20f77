"""skeleton (translit) old vs new over every distinct normalised token (and clitic reading) of the 400 articles."""
import re, sqlite3, time
con = sqlite3.connect("/tmp/marsad_bench_pipeline/2015-07-21_400.db")
texts = [r[0] for r in con.execute("select text from articles")]
from marsad.nlp import translit as T
from marsad.nlp.gazetteer import _tokenize, readings
types = sorted({v for t in texts for tok in _tokenize(t) for v, _k, _a in readings(tok.norm)})
types += ["a", "ab", "ابب", "Boo", "aa", "آ", "", "للل", "ببب", "ءءء", "xyz", "ACCRA", "yyy"]
old = T.skeleton.__wrapped__
_AR_DEL = {ord(c): None for c in T._VOWELS}
_LAT_DEL = {ord(c): None for c in T._LATIN_VOWELS}
_DOUBLED = re.compile(r"(.)\1+", re.S)
def new(token):
    if not token:
        return token
    if token.isascii():
        t, gone = token.lower(), _LAT_DEL
    else:
        t, gone = token.translate(T._SKEL_TABLE), _AR_DEL
    if len(t) > 2:
        t = t[0] + t[1:-1].translate(gone) + t[-1]
    return _DOUBLED.sub(r"\1", t)
bad = [w for w in types if old(w) != new(w)]
print(len(types), "types;", len(bad), "differ", bad[:5])
for name, f in (("old", old), ("new", new)) * 2:
    t0 = time.process_time()
    for w in types: f(w)
    print(name, f"{1e6 * (time.process_time() - t0) / len(types):.2f} us/type")
