#!/bin/bash
# the whole day 2015-07-21, one worker: base (kept) then the branch compared with it
cd /work/wt-speed10
PYTHONPATH=/tmp/speed10-base/src nice -n 5 /work/main/.venv/bin/python benchmarks/bench_pipeline.py --keep > .work/fullday_base.txt 2>&1
BASE=$(awk '/kept:/{print $2}' .work/fullday_base.txt)
PYTHONPATH=/work/wt-speed10/src nice -n 5 /work/main/.venv/bin/python benchmarks/bench_pipeline.py --keep --compare $BASE > .work/fullday_new.txt 2>&1
NEW=$(awk '/kept:/{print $2}' .work/fullday_new.txt)
/work/main/.venv/bin/python .work/same_raw.py $BASE $NEW > .work/same_fullday.txt 2>&1
for db in $BASE $NEW; do PYTHONPATH=/tmp/speed10-base/src /work/main/.venv/bin/python -m marsad --db $db events --all --json | sha1sum; done >> .work/same_fullday.txt
