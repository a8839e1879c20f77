"""Evaluate the event coder on eval/data/events_eval.jsonl (hand-written Arabic news sentences).

Each line holds a sentence, the mention spans an NER + linking stage would give
(so the figures measure the coder, not the tagger) and the gold events: PLOVER
type, actor and recipient (entity names), modality and negation.

Prints precision/recall/F1 for event types, for (type, actor) and for (type,
recipient) pairs, plus modality and negation accuracy on matched events; exits
non-zero when a figure falls below eval/floors/events.json.

Run: ``make eval-events`` or ``python eval/eval_events.py [--verbose]``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from marsad.arabic import split_sentences
from marsad.models import Article, Doc, Span
from marsad.nlp.events.coder import CoderOptions, code_events

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "events_eval.jsonl"
FLOORS = HERE / "floors" / "events.json"


def build_doc(row: dict) -> Doc:
    """The Doc the coder sees: the sentence, its sentence spans and the gold mentions."""
    doc = Doc(Article(id=row["id"], raw_id=row["id"], text=row["text"], published_at="2024-06-20"))
    for s, e in split_sentences(row["text"]):
        doc.layer("sentence").append(Span("sentence", s, e))
    for m in row["mentions"]:
        doc.layer("mention").append(Span("mention", m["start"], m["end"], m["label"], {
            "entity_id": m["name_en"], "name": m["name"], "name_en": m["name_en"], "source": "gold"}))
    return doc


def _name(party: dict | None) -> str | None:
    if not party:
        return None
    return str(party.get("name_en") or party.get("name") or "").lower() or None


def _prf(tp: int, pred: int, gold: int) -> dict[str, float]:
    p = tp / pred if pred else 1.0
    r = tp / gold if gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}


def evaluate(rows: list[dict], verbose: bool = False) -> dict[str, dict[str, float]]:
    counts = {k: [0, 0, 0] for k in ("type", "actor", "recipient")}  # tp, pred, gold
    mod_ok = neg_ok = matched = 0
    per_type: dict[str, list[int]] = {}
    for row in rows:
        pred = [{"type": s.label, "actor": _name(s.data["actor"]), "recipient": _name(s.data["recipient"]),
                 "modality": s.data["modality"], "negated": s.data["negated"]} for s in code_events(build_doc(row), CoderOptions())]
        gold = [{**g, "actor": (g["actor"] or "").lower() or None, "recipient": (g["recipient"] or "").lower() or None}
                for g in row["events"]]
        for field, keyf in (("type", lambda e: e["type"]), ("actor", lambda e: (e["type"], e["actor"])),
                            ("recipient", lambda e: (e["type"], e["recipient"]))):
            pc = Counter(keyf(e) for e in pred if field == "type" or e[field])
            gc = Counter(keyf(e) for e in gold if field == "type" or e[field])
            counts[field][0] += sum((pc & gc).values())
            counts[field][1] += sum(pc.values())
            counts[field][2] += sum(gc.values())
        for g in gold:
            stats = per_type.setdefault(g["type"], [0, 0, 0])
            stats[2] += 1
        for p in pred:
            per_type.setdefault(p["type"], [0, 0, 0])[1] += 1
        left = list(pred)
        for g in gold:
            cands = [p for p in left if p["type"] == g["type"]]
            if not cands:
                continue
            best = max(cands, key=lambda p: (p["actor"] == g["actor"]) + (p["recipient"] == g["recipient"]))
            left.remove(best)
            per_type[g["type"]][0] += 1
            matched += 1
            mod_ok += best["modality"] == g["modality"]
            neg_ok += best["negated"] == g["negated"]
        if verbose and (Counter(e["type"] for e in pred) != Counter(e["type"] for e in gold)
                        or sorted(map(str, pred)) != sorted(map(str, [{k: g[k] for k in ("type", "actor", "recipient", "modality", "negated")} for g in gold]))):
            print(f"\n{row['id']}: {row['text']}")
            for g in gold:
                print(f"   gold {g['type']:<10} {g['actor']} -> {g['recipient']} [{g['modality']}{', negated' if g['negated'] else ''}]")
            for p in pred:
                print(f"   pred {p['type']:<10} {p['actor']} -> {p['recipient']} [{p['modality']}{', negated' if p['negated'] else ''}]")
    out = {k: _prf(*v) for k, v in counts.items()}
    out["modality"] = {"accuracy": round(mod_ok / matched, 3) if matched else 0.0}
    out["negation"] = {"accuracy": round(neg_ok / matched, 3) if matched else 0.0}
    out["per_type"] = {t: _prf(*v) for t, v in sorted(per_type.items())}  # type: ignore[assignment]
    return out


def _print(title: str, rows: list[dict], res: dict) -> None:
    n_events = sum(len(r["events"]) for r in rows)
    print(f"\n{title}: {len(rows)} sentences, {n_events} gold events")
    for k in ("type", "actor", "recipient"):
        r = res[k]
        print(f"  {k:<10} P={r['precision']:.3f} R={r['recall']:.3f} F1={r['f1']:.3f}")
    print(f"  modality accuracy {res['modality']['accuracy']:.3f}   negation accuracy {res['negation']['accuracy']:.3f}")
    print("  per type F1: " + ", ".join(f"{t} {v['f1']:.2f}" for t, v in res["per_type"].items()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="print the sentences where the coder and the gold differ")
    args = parser.parse_args(argv)
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    # "dev" sentences were used to write the lexicon; "heldout" ones were written afterwards and never tuned on.
    results = {}
    for split in ("dev", "heldout", "all"):
        part = [r for r in rows if split == "all" or r.get("split", "dev") == split]
        results[split] = evaluate(part, args.verbose and split != "all")
        _print(f"events eval [{split}]", part, results[split])
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    failed = []
    for name, floor in floors.items():
        split, group, metric = name.split(".")
        value = results[split][group][metric]
        if value < floor:
            failed.append(f"{name}={value:.3f} < floor {floor}")
    if failed:
        print("BELOW FLOOR: " + "; ".join(failed))
        return 1
    print("\nall floors met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
