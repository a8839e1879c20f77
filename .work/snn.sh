#!/bin/bash
# copy each base store, code events again with this branch's code, list all events
set -e
OUT=/work/stores/events31
cd /work/wt-events31
for DAY in "$@"; do
  mkdir -p $OUT/$DAY
  cp /work/stores/base/$DAY/snn.db $OUT/$DAY/snn.db
  PYTHONPATH=src nice .venv/bin/python -m marsad --db $OUT/$DAY/snn.db process --redo events > $OUT/$DAY/process.log 2>&1
  PYTHONPATH=src nice .venv/bin/python -m marsad --db $OUT/$DAY/snn.db events --all --json > $OUT/$DAY/events_all.jsonl
  echo "$DAY done $(wc -l < $OUT/$DAY/events_all.jsonl) events"
done
