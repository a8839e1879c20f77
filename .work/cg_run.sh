#!/bin/bash
# usage: cg_run.sh label pythonpath n
cd /work/wt-speed6
PYTHONPATH=$2 BT=${BT:-12000} OPENBLAS_NUM_THREADS=1 nice valgrind --tool=callgrind --callgrind-out-file=/tmp/speed6_cg_$1_$3.out .venv/bin/python .work/cg_ner.py $3 2>&1 | grep -E "Collected|refs" > .work/cg_$1_$3.txt
