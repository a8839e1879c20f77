#!/bin/bash
# redo events on copies of the judged stores: redo.sh OUT
set -e
OUT=$1; BASE=/work/wt-events13/.work/stores
export PYTHONPATH=/work/wt-events13/src
PY=/work/main/.venv/bin/python
for d in $BASE/*/; do
  day=$(basename $d); mkdir -p $OUT/$day
  cp $d/snn.db $OUT/$day/snn.db
  nice -n 10 $PY -m marsad --db $OUT/$day/snn.db process --redo events > $OUT/$day/process.log 2>&1
  $PY -m marsad --db $OUT/$day/snn.db events --all --json > $OUT/$day/events_all.jsonl
  rm -f $OUT/$day/snn.db*
done
