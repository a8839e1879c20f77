import pickle, sys
calls = pickle.load(open(".work/calls.pkl","rb"))
def batches():
    for sents in calls:
        order = sorted((i for i, s in enumerate(sents) if s), key=lambda i: len(sents[i]))
        k = 0
        while k < len(order):
            j, size = k, 0
            while j < len(order) and (j == k or size + len(sents[order[j]]) <= 12000):
                size += len(sents[order[j]]); j += 1
            yield [w for i in order[k:j] for w in sents[i]]; k = j
B = list(batches())
for keep in (0.5, 0.75, 0.9):
    uses = {}; proj = 0; ev = 0; cap = 30000
    for words in B:
        missing = [w for w in dict.fromkeys(words) if w not in uses]
        if missing:
            if len(uses) + len(missing) > cap:
                ev += 1
                here = set(words)
                ranked = sorted(uses.items(), key=lambda kv: -kv[1])
                kept = {w: u // 2 for k, (w, u) in enumerate(ranked) if k < int(cap * keep) or w in here}
                uses = kept
            for w in missing: uses[w] = 0
            proj += len(missing)
        for w in words: uses[w] += 1
    print(keep, "projections", proj, "evictions", ev)
