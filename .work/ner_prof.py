"""NER alone on the day's articles: tokenise like run_ner_many, tag_texts in batches of 64.
usage: ner_prof.py N [--prof K] [--dump FILE] [--check FILE]"""
import sys, json, time, zipfile, pickle, hashlib
sys.path.insert(0, "benchmarks")
from common import DATA
from marsad.arabic import split_sentences
from marsad.nlp.ner.lexicon import tokenize
from marsad.nlp.ner.tagger import load_tagger

args = sys.argv[1:]
N = int(args[0])
recs = []
with zipfile.ZipFile(DATA / "2015-07-21.zip") as zf:
    for name in sorted(zf.namelist()):
        if name.endswith(".json"):
            recs += json.loads(zf.read(name).decode("utf-8"))
texts = [r["content"] for r in recs if r.get("content")][:N]
prep = []
for text in texts:
    sents, offs = [], []
    for s, e in split_sentences(text):
        toks = tokenize(text[s:e])
        if toks:
            sents.append(toks); offs.append(s)
    prep.append((sents, offs))
tagger = load_tagger()
def run():
    out = []
    for i in range(0, len(prep), 64):
        out += tagger.tag_texts(prep[i:i+64])
    return out
c0 = time.process_time()
if "--prof" in args:
    import cProfile, pstats
    pr = cProfile.Profile(); pr.enable(); res = run(); pr.disable()
    pstats.Stats(pr).sort_stats("tottime").print_stats(int(args[args.index("--prof")+1]))
else:
    res = run()
cpu = time.process_time() - c0
ntok = sum(len(t) for s, _ in prep for t in s)
print(f"{len(prep)} texts, {ntok} tokens, NER CPU {cpu:.2f} s = {1000*cpu/len(prep):.2f} ms/article")
flat = [[(s.start, s.end, s.label) for s in spans] for spans in res]
print("digest", hashlib.sha256(repr(flat).encode()).hexdigest()[:16], sum(map(len, flat)), "mentions")
if "--dump" in args:
    pickle.dump(flat, open(args[args.index("--dump")+1], "wb"))
if "--check" in args:
    ref = pickle.load(open(args[args.index("--check")+1], "rb"))
    print("differ:", sum(a != b for a, b in zip(ref, flat)), "of", len(flat))
