"""Marks files for home_pages_strays.py from the round-35 readings: every 10-hex id in a reading's strays column."""
import csv, re, sys
from pathlib import Path

days, final, groups = sys.argv[1].split(","), Path(sys.argv[2]), Path(sys.argv[3])
with open(final, "w", encoding="utf-8") as f, open(groups, "w", encoding="utf-8") as g:
    f.write("day\trank\tstory_id\tverdict\n")
    g.write("day\tstory_id\tarticle_id\tstray\n")
    for day in days:
        path = Path(f"eval/judgements/stories_home_pages_{day}_round35_independent.tsv")
        for r in csv.DictReader(open(path, encoding="utf-8"), delimiter="\t"):
            f.write(f"{r['day']}\t{r['rank']}\t{r['story_id']}\t{r['verdict']}\n")
            for a in sorted(set(re.findall(r"\b[0-9a-f]{10}\b", r["strays"] or ""))):
                g.write(f"{r['day']}\t{r['story_id']}\t{a}\t1\n")
