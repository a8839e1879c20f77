#!/bin/bash
# sequential trainings: each line "NAME SEED key=value ..."
cd /work/wt-ner7
while read -r name seed rest; do
  [ -z "$name" ] && continue
  [ -f /tmp/ner7/$name.zip ] && continue
  PYTHONPATH=/work/wt-ner7/src nice -n 5 /work/main/.venv/bin/python .work/run.py /tmp/ner7/$name.zip $seed $rest > /tmp/ner7/$name.log 2>&1
done < "$1"
