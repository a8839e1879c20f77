"""Write eval/judgements/events13_recoded_rows.tsv: the judged rows events13 recoded, read again by the code's
author (in-sample verdicts)."""
import csv, sys
from pathlib import Path
sys.path.insert(0, "eval")
import event_changes as ec
V = {  # (day, n): (verdict, error, reason) — the author's reading of the new coding
 ("2015-07-31", "11"): ("wrong", "recipient-missing", "the resistance is now the attacker; the Houthis named among the dead are still left out"),
 ("2015-07-31", "15"): ("ok", "", "the PKK, subject of the killing, is the attacker; the province stands as the place"),
 ("2015-07-31", "25"): ("ok", "", "copy of n=15: the PKK is the attacker"),
 ("2015-08-02", "42"): ("ok", "", "the resistance's ambush; Taiz as the place hit"),
 ("2015-08-02", "133"): ("ok", "", "the coalition aviation's strike on ISIS members"),
 ("2015-08-02", "147"): ("wrong", "recipient-missing", "the coalition aviation is now the attacker; the Houthi/Saleh fighters named are still left out"),
 ("2015-08-06", "23"): ("wrong", "recipient", "the resistance is now the attacker; a place still stands for the Houthis it hit"),
 ("2015-08-09", "33"): ("wrong", "recipient-missing", "the resistance is now the attacker; the Houthis whose post was hit are left out"),
 ("2015-08-09", "52"): ("ok", "", "the resistance attacked the Houthis"),
 ("2015-08-09", "15"): ("ok", "", "the later strikes of the sentence are the coalition aircraft's, on the Houthis"),
 ("2015-07-31", "38"): ("wrong", "date", "now future, but dated the Sunday before the report, not the Sunday after"),
 ("2015-07-31", "161"): ("ok", "", "Russia refused the extradition: asserted"),
 ("2015-07-31", "178"): ("ok", "", "copy of n=161, told by the police chief: reported"),
 ("2015-08-06", "128"): ("ok", "", "what Washington should commit to: hypothetical"),
 ("2015-08-06", "144"): ("ok", "", "the government had pledged: asserted"),
 ("2015-08-08", "31"): ("ok", "", "Jubeir visits Moscow on the coming Tuesday: future, dated 11 Aug"),
 ("2015-08-09", "10"): ("ok", "", "what the US should do, in Lavrov's words: hypothetical"),
 ("2015-08-09", "46"): ("wrong", "date", "now future, but still dated the Monday before the report"),
 ("2015-08-09", "137"): ("ok", "", "a visit Sisi hopes to see completed: hypothetical"),
 ("2015-08-09", "143"): ("ok", "", "copy of n=137: hypothetical"),
 ("2015-08-09", "154"): ("wrong", "date", "now hypothetical, but still dated by the envoy's meeting"),
 ("2015-08-09", "184"): ("ok", "", "the envoy's care that the visit be completed: hypothetical"),
 ("2015-08-09", "189"): ("ok", "", "Estonia had pledged: asserted"),
 ("2015-08-09", "198"): ("ok", "", "copy of n=10: hypothetical"),
 ("2015-07-24", "16"): ("ok", "", "Hadi's promise to the citizens, without the destination as a party"),
 ("2015-07-31", "154"): ("ok", "", "a conditional acceptance, hypothetical, without the city as a party"),
 ("2015-08-09", "202"): ("ok", "", "Turkey agreed to join the effort; ISIS, its foe, no longer the other party"),
}
root = Path(sys.argv[1])
out = []
for day in ec.days_of(root):
    ev = ec.load_events(root / day / "events_all.jsonl")
    for r in ec.load_rows(day):
        if (day, r["n"]) not in V:
            continue
        e = ev[ec.row_key(r)]
        a, rc, d, m = ec.coded(e)
        v, err, reason = V[(day, r["n"])]
        out.append([day, r["n"], r["article_id"], r["trigger"], r["type"], a, rc, d, m, v, err, reason])
assert len(out) == len(V), (len(out), len(V))
with open("eval/judgements/events13_recoded_rows.tsv", "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh, delimiter="\t", lineterminator="\n")
    w.writerow("day n article_id trigger type actor recipient date modality verdict error reason".split())
    w.writerows(out)
print(len(out))
