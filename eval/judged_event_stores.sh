#!/bin/bash
# Rebuild the stores of the days whose events were read by hand (eval/judgements/snn_events_*.tsv) with
# today's code, as eval/judgements/README.md says each was built (2015-07-22 and 2015-08-10: the whole day;
# the others: `subset --n 900 --seed 2015`), and write `marsad events --all --json` of each:
#
#     eval/judged_event_stores.sh OUT [DAY...]        # OUT/DAY/{snn.db,events_all.jsonl}
#     eval/judged_event_stores.sh --complement OUT [DAY...]   # the articles each subset leaves out (unseen draws)
#     python -m marsad.nlp.events.train_shown OUT eval/judgements/snn_events_*.tsv [--frozen] [--write]   # leave one day out
#
# About 15 minutes on a busy 2-core machine (900 articles take about a minute).  Needs ../shared.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
SHARED=${MARSAD_SHARED:-$HERE/../../shared}
PY=${PY:-$HERE/../.venv/bin/python}
COMPLEMENT=
if [ "${1:-}" = --complement ]; then COMPLEMENT=--complement; shift; fi
OUT=$1; shift
DAYS=${*:-2015-07-21 2015-07-22 2015-07-23 2015-07-24 2015-07-25 2015-07-26 2015-07-27 2015-07-31 2015-08-01 2015-08-02 2015-08-03 2015-08-04 2015-08-06 2015-08-07 2015-08-08 2015-08-09 2015-08-10 2015-08-11}
for day in $DAYS; do
  d=$OUT/$day
  case $day in
    2015-07-22|2015-08-10) [ -n "$COMPLEMENT" ] && continue  # read whole: nothing left out
       mkdir -p "$d"; rm -f "$d"/snn.db*
       src=$SHARED/data/saudinewsnet/$day.zip ;;
    *) mkdir -p "$d"; rm -f "$d"/snn.db*
       "$PY" "$HERE/sample_snn_events.py" subset "$SHARED/data/saudinewsnet/$day.zip" "$d/day.json" --n 900 --seed 2015 $COMPLEMENT
       src=$d/day.json ;;
  esac
  "$PY" -m marsad --db "$d/snn.db" ingest "$src" > "$d/ingest.log" 2>&1
  nice -n 10 "$PY" -m marsad --db "$d/snn.db" process > "$d/process.log" 2>&1
  "$PY" -m marsad --db "$d/snn.db" events --all --json > "$d/events_all.jsonl"
  echo "$day: $(wc -l < "$d/events_all.jsonl") events coded, $(grep -c '"shown": true' "$d/events_all.jsonl") shown"
done
