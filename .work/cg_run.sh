#!/bin/bash
# usage: .work/cg_run.sh LABEL SRC MODE   — instructions of the harness (stages|steps) on the 400 articles under callgrind
cd /work/wt-speed10
PYTHONPATH=$2 OPENBLAS_NUM_THREADS=1 nice -n 10 valgrind --tool=callgrind --callgrind-out-file=/tmp/speed10_cg_$1_$3.out \
  /work/main/.venv/bin/python .work/harness.py $3 .work/nosteps400.db > .work/cg_$1_$3.txt 2>&1
grep -E "Collected|refs" .work/cg_$1_$3.txt
