"""Precision of the events shown by default on the three frozen days, from every reading of them joined.

    python eval/frozen_shown.py STORES [--base STORES_D96A666] [--compare OTHER_STORES]

STORES holds ``DAY/events_all.jsonl`` (``marsad events --all --json``) of 2015-07-24, 07-25 and 08-08, built as
``eval/judged_event_stores.sh`` builds them.  Each shown event takes the verdict a reader gave to the same event (same
article, trigger start and type) coded with the same actor and recipient, the latest reading first:

* round 12: every shown event (``reread_events_DAY_frozen_shown_final_independent.tsv``);
* round 13: the events a new shown filter added (``reread_events_frozen_round13_new_shown_independent.tsv``);
* round 14: events24's changed rows (``reread_events24_changes_independent.tsv``; their coding is read from
  ``--base``, stores of main at d96a666, where events24 is the last change);
* round 15: events26's, events25's and events27's changed rows (``eventsNN_frozen_changed_rows.tsv`` with the
  reader's ``reread_eventsNN_*`` file);
* round 16: events28's changed rows, and the events the retrained filter (shown28) shows that no one had read
  (``shown28_frozen_newly_shown_rows.tsv``);
* round 18: events32's changed rows (``events32_frozen_changed_rows.tsv``);
* rounds 19 and 20: the changed rows of events34, events35 and events37 to events40 (``eventsNN_frozen_changed_rows.tsv``);
* round 21: the events the retrained filter (shown29) shows that no one had read (``shown29_frozen_unread_shown_rows.tsv``)
  the one event events42's link stage made shown (``events42_frozen_changed_rows.tsv``) and events43's new
  shown event (``events43_frozen_changed_rows.tsv``);
* round 24: shown30's reading of every PROTEST and every SANCTION/RETREAT/AID/COOPERATE event coded on the frozen
  days (``snn_events_DAY_unshown30_independent.tsv``).

Readers differed in strictness (round 15's counted a base or soldiers fired at as a named target left out), so a
figure joined from several readers is not a strict before/after.  Prints the figure and any shown event no reader
judged; ``--compare`` also lists the shown events that differ from another set of stores, with their verdicts.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import event_changes as ec  # noqa: E402

J = Path(__file__).resolve().parent / "judgements"
DAYS = ("2015-07-24", "2015-07-25", "2015-08-08")
# (changed rows, the reader's file, the reader's 'file' column value or None when the file holds only these rows)
CHANGES = (("events26_frozen_changed_rows.tsv", "reread_events26_changes_independent.tsv", "events26_frozen_changes_all.tsv"),
           ("events25_frozen_changed_rows.tsv", "reread_events25_frozen_changes_independent.tsv", None),
           ("events27_frozen_changed_rows.tsv", "reread_events27_changes_independent.tsv", "merged16_frozen_changes_all.tsv"),
           ("events28_frozen_changed_rows.tsv", "reread_events28_frozen_changes_independent.tsv", None),
           ("shown28_frozen_newly_shown_rows.tsv", "reread_shown28_frozen_newly_shown_independent.tsv", None),
           ("events32_frozen_changed_rows.tsv", "reread_events32_changes_independent.tsv", "frozen"),
           ("events34_frozen_changed_rows.tsv", "reread_events34_changes_independent.tsv", "frozen"),
           ("events35_frozen_changed_rows.tsv", "reread_events35_frozen_changes_independent.tsv", "frozen"),
           ("events37_frozen_changed_rows.tsv", "reread_events37_frozen_changes_independent.tsv", "frozen"),
           ("events38_frozen_changed_rows.tsv", "reread_events38_changes_independent.tsv", "frozen"),
           ("events39_frozen_changed_rows.tsv", "reread_events39_changes_independent.tsv", "frozen"),
           ("events40_frozen_changed_rows.tsv", "reread_events40_changes_independent.tsv", "frozen"),
           ("shown29_frozen_unread_shown_rows.tsv", "reread_shown29_frozen_shown_independent.tsv", "frozen"),
           ("events42_frozen_changed_rows.tsv", "reread_events42_frozen_changes_independent.tsv", "frozen"),
           ("events43_frozen_changed_rows.tsv", "reread_events43_changes_independent.tsv", "frozen"))


def verdicts(base: Path | None) -> dict[tuple, str]:
    out: dict[tuple, str] = {}

    def put(day: str, aid: str, start: str | int, typ: str, actor: str, rec: str, v: str) -> None:
        if v in ("ok", "wrong"):
            out[(day, aid, int(start), typ, ec.nm(actor), ec.nm(rec))] = v

    for day in DAYS:
        for r in ec.read_tsv(J / f"reread_events_{day}_frozen_shown_final_independent.tsv"):
            put(day, r["article_id"], r["trigger"], r["type"], r["actor"], r["recipient"], r["verdict"])
    for r in ec.read_tsv(J / "reread_events_frozen_round13_new_shown_independent.tsv"):
        put(r["day"], r["article_id"], r["trigger"], r["type"], r["actor"], r["recipient"], r["verdict"])
    if base is not None:
        coded = {d: ec.load_events(base / d / "events_all.jsonl") for d in DAYS}
        for r in ec.read_tsv(J / "reread_events24_changes_independent.tsv"):
            k = next((k for k in coded.get(r["day"], {}) if k[0] == r["article_id"] and k[1] == int(r["start"])), None)
            if k is not None:
                a, b, *_ = ec.coded(coded[r["day"]][k])
                put(r["day"], k[0], k[1], k[2], a, b, r["new_verdict"])
    for rows, reads, tag in CHANGES:
        read = [r for r in ec.read_tsv(J / reads) if tag is None or r.get("file") == tag]
        for r, j in zip(ec.read_tsv(J / rows), read, strict=True):
            assert (r["article_id"], r["start"]) == (j["article_id"], j["start"]), (rows, r, j)
            put(r["day"], r["article_id"], r["start"], r["type"], r["actor"], r["recipient"], j["new_verdict"])
    for day in DAYS:
        if (J / f"snn_events_{day}_unshown30_independent.tsv").exists():
            for r in ec.read_tsv(J / f"snn_events_{day}_unshown30_independent.tsv"):
                put(day, r["article_id"], r["trigger"], r["type"], r["actor"], r["recipient"], r["verdict"])
    return out


def shown(stores: Path, day: str) -> dict[tuple, tuple[str, str]]:
    ev = ec.load_events(stores / day / "events_all.jsonl")
    return {k: tuple(map(ec.nm, ec.coded(e)[:2])) for k, e in ev.items() if e.get("shown", True)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("stores", type=Path)
    ap.add_argument("--base", type=Path, help="stores of main at d96a666 (for round 14's rows)")
    ap.add_argument("--compare", type=Path)
    args = ap.parse_args(argv)
    v = verdicts(args.base)
    ok = n = 0
    for day in DAYS:
        for k, (a, b) in shown(args.stores, day).items():
            got = v.get((day, *k, a, b))
            if got is None:
                print(f"unjudged: {day} {k} actor={a} recipient={b}")
                continue
            n += 1
            ok += got == "ok"
    print(f"{args.stores}: shown and judged {ok}/{n} = {ok / n:.3f}")
    if args.compare:
        for day in DAYS:
            a_, b_ = shown(args.compare, day), shown(args.stores, day)
            for sign, keys in (("-", set(a_.items()) - set(b_.items())), ("+", set(b_.items()) - set(a_.items()))):
                for k, (a, b) in sorted(keys):
                    print(sign, day, *k, a, b, v.get((day, *k, a, b), "unjudged"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
