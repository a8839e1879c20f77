import sys, pickle, runpy
import marsad.nlp.ner.tagger as tg
B = []
f = tg.NeuralTagger.tag_many
def w(self, sents):
    B.append([list(s) for s in sents]); return f(self, sents)
tg.NeuralTagger.tag_many = w
sys.argv = [".work/ner_prof.py", "100000"]
runpy.run_path(".work/ner_prof.py", run_name="__main__")
pickle.dump(B, open(".work/calls.pkl", "wb"))
print(len(B), "calls")
