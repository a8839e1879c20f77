"""Evaluate entity linking.

Three measurements, each printed; the script exits non-zero when one falls
below ``eval/floors/linking.json``:

1. ``eval/data/linking_eval.jsonl`` — sentences written for this evaluation
   (transliteration variants, clitics, role phrases at a date, surnames,
   look-alike words that are not names), with gold (surface, entity id) pairs:
   precision / recall / F1 of linked mentions.
2. The seed pages (``../shared/seeds`` + ``gold/seeds.json``): share of
   ``must_link`` forms linked to their entity, ``must_find`` recall, and
   ``must_not_merge`` violations.
3. ANERcorp (``../shared/data/anercorp/train.txt``): precision of the
   gazetteer's PER/LOC/ORG mentions against the gold NER spans (a mention is
   right when it ends where a gold span of its type ends and starts inside
   that span's first token — the corpus keeps clitics on tokens). Recall is
   printed too; it is bounded by what the KB knows.

Run: ``python eval/eval_linking.py [--verbose]``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from marsad.models import Article, Doc
from marsad.nlp.kb import load_kb
from marsad.nlp.kb.kb import names_of
from marsad.nlp.linking import link_doc
from marsad.nlp.translit import norm_tokens

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent / ".." / "shared"
FLOORS = HERE / "floors" / "linking.json"


def _key(s: str) -> str:
    return " ".join(norm_tokens(s))


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def eval_sentences(kb, verbose: bool) -> dict[str, float]:
    tp = fp = fn = 0
    for line in (HERE / "data" / "linking_eval.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        doc = Doc(Article(id=row["id"], raw_id=row["id"], text=row["text"], published_at=row["date"]))
        got = [(_key(row["text"][s.start:s.end]), s.data["entity_id"]) for s in link_doc(doc, kb)]
        gold = [(_key(s), e) for s, e in row["gold"]]
        rest = list(gold)
        for g in got:
            if g in rest:
                rest.remove(g)
                tp += 1
            else:
                fp += 1
                if verbose:
                    print(f"  {row['id']} extra/wrong: {g}")
        fn += len(rest)
        if verbose:
            for g in rest:
                print(f"  {row['id']} missed: {g}")
    p, r, f = prf(tp, fp, fn)
    print(f"sentences: P {p:.3f} R {r:.3f} F1 {f:.3f} (tp {tp}, fp {fp}, fn {fn})")
    return {"sentences.precision": p, "sentences.recall": r, "sentences.f1": f}


def eval_seeds(kb, verbose: bool) -> dict[str, float]:
    gold_path = SHARED / "gold" / "seeds.json"
    if not gold_path.exists():
        print(f"seeds: skipped ({gold_path} not present)")
        return {}
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    docs = []
    for path in sorted((SHARED / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        meta = gold["documents"].get(path.name, {}).get("meta", {})
        doc = Doc(Article(id=path.stem, raw_id=path.stem, text=text, published_at=meta.get("event_date")))
        docs.append((text, link_doc(doc, kb)))
    by_en = {e.name_en: e.id for e in kb.entities.values() if e.name_en}
    ok = total = 0
    for group in gold["entities"]["must_link"]:
        want = by_en.get(group["canonical"])
        for form in group["forms"]:
            f = _key(form)
            hits = [s.data["entity_id"] for t, spans in docs for s in spans
                    if _key(t[s.start:s.end]) in (f,) or (_key(t[s.start:s.end])[1:] == f and _key(t[s.start:s.end])[:1] in "وفبلك")]
            if not hits:
                hits = [s.data["entity_id"] for s in link_doc(Doc(Article(id="f", raw_id="f", text=form)), kb)]
            total += 1
            good = bool(hits) and all(h == want for h in hits)
            ok += good
            if verbose and not good:
                print(f"  must_link {form!r}: want {want}, got {sorted(set(hits))}")
    found = {s.data.get("name_en") for _, spans in docs for s in spans}
    must_find = gold["entities"]["must_find"]
    missing = [n for n in must_find if n not in found]
    if verbose and missing:
        print(f"  must_find missing: {missing}")
    merged = 0
    for a, b in gold["entities"]["must_not_merge"]:
        ia, ib = by_en.get(a), by_en.get(b)
        names_b = {_key(n) for n in names_of(kb.entities[ib])} if ib else set()
        merged += ia == ib or any(s.data["entity_id"] == ia and _key(t[s.start:s.end]) in names_b for t, spans in docs for s in spans)
    res = {
        "seeds.must_link": ok / total if total else 1.0,
        "seeds.must_find": 1 - len(missing) / len(must_find),
        "seeds.merged_pairs": float(merged),
    }
    print(f"seeds: must_link {ok}/{total}, must_find {len(must_find) - len(missing)}/{len(must_find)}, must_not_merge violations {merged}")
    return res


def _anercorp_docs(path: Path, max_sentences: int):
    sent: list[tuple[str, str]] = []
    n = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 2:
            sent.append((parts[0], parts[1]))
            continue
        if sent:
            yield sent
            n += 1
            sent = []
            if n >= max_sentences:
                return
    if sent:
        yield sent


def eval_anercorp(kb, verbose: bool, max_sentences: int) -> dict[str, float]:
    path = SHARED / "data" / "anercorp" / "train.txt"
    if not path.exists():
        print(f"anercorp: skipped ({path} not present)")
        return {}
    tp = fp = fn = 0
    wrong: dict[tuple[str, str], int] = {}
    for sent in _anercorp_docs(path, max_sentences):
        text, offs, gold = "", [], []
        for tok, tag in sent:
            offs.append((len(text), len(text) + len(tok)))
            text += tok + " "
        cur = None
        for (s, e), (_tok, tag) in zip(offs, sent):
            typ = {"PERS": "PER", "LOC": "LOC", "ORG": "ORG"}.get(tag[2:])
            if tag.startswith("B-") or (tag.startswith("I-") and (cur is None or cur[2] != typ)):
                if cur:
                    gold.append(cur)
                cur = (s, e, typ, e - s) if typ else None  # (start, end, type, first token length)
            elif tag.startswith("I-") and cur:
                cur = (cur[0], e, cur[2], cur[3])
            else:
                if cur:
                    gold.append(cur)
                cur = None
        if cur:
            gold.append(cur)
        doc = Doc(Article(id="a", raw_id="a", text=text))
        found = [s for s in link_doc(doc, kb) if s.label in ("PER", "LOC", "ORG")]
        rest = list(gold)
        for m in found:
            hit = next((g for g in rest if g[1] == m.end and g[0] <= m.start < g[0] + g[3] and g[2] == m.label), None)
            if hit:
                rest.remove(hit)
                tp += 1
            else:
                fp += 1
                key = (text[m.start:m.end], m.label)
                wrong[key] = wrong.get(key, 0) + 1
        fn += len(rest)
    p, r, f = prf(tp, fp, fn)
    print(f"anercorp ({max_sentences} sentences): gazetteer mention P {p:.3f} R {r:.3f} F1 {f:.3f} (tp {tp}, fp {fp}, fn {fn})")
    if verbose:
        print("  most frequent unmatched mentions:", sorted(wrong.items(), key=lambda kv: -kv[1])[:25])
    return {"anercorp.precision": p, "anercorp.recall": r}


def main() -> int:
    ap = argparse.ArgumentParser(description="Evaluate entity linking against eval/floors/linking.json.")
    ap.add_argument("--verbose", action="store_true", help="print each error")
    ap.add_argument("--anercorp-sentences", type=int, default=4000, help="ANERcorp sentences to read (default all ~4000)")
    args = ap.parse_args()
    kb = load_kb()
    results: dict[str, float] = {}
    results |= eval_sentences(kb, args.verbose)
    results |= eval_seeds(kb, args.verbose)
    results |= eval_anercorp(kb, args.verbose, args.anercorp_sentences)
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    failed = []
    for name, floor in floors.items():
        if name not in results:
            continue
        value = results[name]
        bad = value > floor if name.endswith("merged_pairs") else value < floor
        if bad:
            failed.append(f"{name} = {value:.3f} (floor {floor})")
    if failed:
        print("BELOW FLOOR: " + "; ".join(failed))
        return 1
    print("all figures at or above their floors")
    return 0


if __name__ == "__main__":
    sys.exit(main())
