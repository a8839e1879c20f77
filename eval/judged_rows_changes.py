"""What a change did to the rows of judgement TSVs that are not a SaudiNewsNet day's (ANS headlines): join each row to
the events of two codings of the same store (``marsad events --all --json`` before and after) by article, trigger start
and type, and count how its status moves (``train_shown.status``: right, wrong:<error>, changed, gone).

    python eval/judged_rows_changes.py BASE.jsonl NEW.jsonl eval/judgements/ans_events_headlines_round25_independent.tsv [-v]

Rows whose coding is the same in both are counted as ``same`` (with those still wrong by their modality); ``-v``
lists the others with the reader's reason.  Ids, codings and verdicts only: the text stays in ../shared.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import event_changes as ec  # noqa: E402

from marsad.nlp.events.train_shown import coded, status  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("base", type=Path)
    ap.add_argument("new", type=Path)
    ap.add_argument("tsv", type=Path, nargs="+")
    ap.add_argument("-v", action="store_true")
    args = ap.parse_args(argv)
    for path in (args.base, args.new, *args.tsv):
        if not path.is_file():  # (ec.load_events reads a missing file as no events: every row would be "gone")
            ap.error(f"no such file: {path}")
    base, new = ec.load_events(args.base), ec.load_events(args.new)
    for path in args.tsv:
        rows = ec.read_tsv(path)
        moved, still = Counter(), 0
        for r in rows:
            try:
                k = ec.row_key(r)
            except (ValueError, KeyError):
                moved["unreadable row"] += 1
                continue
            a, b = base.get(k), new.get(k)
            if (a is None and b is None) or (a is not None and b is not None and coded(a) == coded(b)):
                # (a row coded in neither is the same too, not a move "gone->gone")
                moved["same"] += 1
                still += status(r, a) == "wrong:modality"
                continue
            moved[f"{status(r, a)}->{status(r, b)}"] += 1
            if args.v:
                print(f"  n={r['n']} {r['type']} {r['verdict']}/{r['error'] or '-'}: {coded(a) if a else '(none)'} => "
                      f"{coded(b) if b else '(none)'} | {r['reason']}")
        print(f"{path.name}: {len(rows)} rows; " + ", ".join(f"{k} {v}" for k, v in sorted(moved.items()))
              + f"; still wrong by modality (coded the same): {still}")
    recoded = [k for k in new if k in base and coded(base[k]) != coded(new[k])]
    print(f"all events: {len(base)} -> {len(new)}; {len(recoded)} recoded, {sum(k not in base for k in new)} new, "
          f"{sum(k not in new for k in base)} gone")
    return 0


if __name__ == "__main__":
    sys.exit(main())
