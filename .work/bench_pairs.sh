#!/bin/bash
# base and branch alternately, whole pipeline over the first 400 articles of 2015-07-21 (bench_pipeline.py)
cd /work/wt-speed10
for r in 1 2; do
  for k in base new; do
    src=/tmp/speed10-base/src; [ $k = new ] && src=/work/wt-speed10/src
    PYTHONPATH=$src nice -n 5 /work/main/.venv/bin/python benchmarks/bench_pipeline.py --limit 400 > .work/bench400_${k}_$r.txt 2>&1
  done
done
