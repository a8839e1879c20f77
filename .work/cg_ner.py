import pickle, sys
import marsad.nlp.ner.tagger as tg
n = int(sys.argv[1])
calls = pickle.load(open(".work/calls.pkl", "rb"))[:n]
t = tg.load_tagger()
for b in calls: t.tag_many(b)
