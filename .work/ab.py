"""Base and branch alternately (3 processes each): the least cold-pass and warm-pass CPU of one stage.
usage: python .work/ab.py STAGE [ROUNDS]"""
import re, subprocess, sys
stage = sys.argv[1]; rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 3
srcs = {"base": "/tmp/speed10-base/src", "new": "/work/wt-speed10/src"}
got = {k: ([], []) for k in srcs}
for r in range(rounds):
    for k, src in srcs.items():
        out = subprocess.run(["nice", "-n", "5", "/work/main/.venv/bin/python", ".work/stage_warm.py", stage, "--passes", "4"],
                             env={"PYTHONPATH": src, "PATH": "/usr/bin:/bin"}, capture_output=True, text=True).stdout
        ms = [float(x) for x in re.findall(r"pass \d+: ([\d.]+) ms", out)]
        got[k][0].append(ms[0]); got[k][1].extend(ms[1:])
for k, (cold, warm) in got.items():
    print(f"{stage} {k:5}: cold min {min(cold):.3f} ms/article (of {len(cold)}), warm min {min(warm):.3f} (of {len(warm)})")
