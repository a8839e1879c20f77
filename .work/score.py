import json, sys, importlib.util
spec = importlib.util.spec_from_file_location("j", sys.argv[1]); j = importlib.util.module_from_spec(spec)
spec.loader.exec_module(j)
for path in sys.argv[2:]:
    right = n = 0
    for l in open(path):
        d = json.loads(l); seen = set(); w = j.WRONG.get(d["id"], {})
        for name, _ in d["actors"]:
            n += 1
            if name not in w and name not in seen:
                right += 1
            seen.add(name)
    print(f"{path.rsplit('/',1)[-1]}: {right}/{n} = {right/n:.3f}")
