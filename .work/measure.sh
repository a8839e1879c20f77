#!/bin/bash
# back-to-back before/after runs (sequential, nice); before = /work/base-speed22/src (b943fe8), after = this branch
cd /work/wt-speed22
export MARSAD_SHARED=/work/shared
B=/tmp/marsad_bench_pipeline_aypvrhbh/run.db
B1=/tmp/marsad_bench_pipeline_tal3qsld/run.db
run() { tag=$1; shift; echo "== $tag $(date -u +%H:%M:%S) load $(cut -d' ' -f1 /proc/loadavg)" >> .work/measure.log; nice .venv/bin/python benchmarks/bench_pipeline.py "$@" > .work/m_$tag.txt 2>&1; sed -n 2,4p .work/m_$tag.txt >> .work/measure.log; grep "compared" .work/m_$tag.txt >> .work/measure.log; }
PYTHONPATH=/work/base-speed22/src run before_w2_1 --workers 2
PYTHONPATH=src run after_w2_1 --workers 2 --compare $B
PYTHONPATH=/work/base-speed22/src run before_w2_2 --workers 2
PYTHONPATH=src run after_w2_2 --workers 2
PYTHONPATH=/work/base-speed22/src run before_w1_1
PYTHONPATH=src run after_w1_1 --compare $B1
PYTHONPATH=/work/base-speed22/src run before_w1_2
PYTHONPATH=src run after_w1_2
echo done >> .work/measure.log
