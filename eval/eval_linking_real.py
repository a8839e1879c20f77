"""Entity linking on real news: annotated mentions in SaudiNewsNet articles, precision and recall of entity assignment.

    python eval/eval_linking_real.py [--part dev|frozen|all] [--verbose] [--keep DB]

``eval/data/linking_real.jsonl`` holds, per article, a reference to the record in
``../shared/data/saudinewsnet`` ("<zip>#<index>"), its URL, the end of the annotated
region (the lead: every entity mention before that offset is annotated) and the
mentions: offsets, the name as written, type, and a gold label — a knowledge-base id
(``loc:jeddah``) or the annotator's own label for an entity the KB did not have
(``x:assaf-alqarni``); ``?`` marks spans to ignore (disease, competition and book
names, "المملكة" for the kingdom).  The article text is never stored here: the records
are read from ../shared at run time, ingested into a temporary store and analysed by the
current pipeline (sentences, NER, linking and the corpus step that merges entities).

Scoring, per mention:

* a system mention of type PER/LOC/ORG inside the region matches the gold mention it
  overlaps most; one that overlaps none (and no ``?`` span) is a false positive;
* a matched mention is right when its entity is the gold entity: for a gold KB id, the
  same id; for the annotator's own labels, the system id that most of that label's
  mentions got (one-to-one: two gold entities on one system id, or a KB id that is
  another gold entity, count against the smaller one);
* precision = right / system mentions, recall = right / gold mentions.

The split into dev and frozen is by a hash of the article URL (~30% frozen), fixed when
the annotations were written (before any tuning on them).  Exits 1 below
``eval/floors/linking_real.json``.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from common import SHARED  # noqa: E402

DATA = ROOT / "eval" / "data" / "linking_real.jsonl"
FLOORS = ROOT / "eval" / "floors" / "linking_real.json"
TYPES = ("PER", "LOC", "ORG")


def load_rows() -> list[dict]:
    return [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]


def load_records(refs: list[str]) -> dict[str, dict]:
    """SaudiNewsNet records by "<zip>#<index>"."""
    by_zip: dict[str, list[int]] = defaultdict(list)
    for ref in refs:
        name, _, idx = ref.partition("#")
        by_zip[name].append(int(idx))
    out = {}
    for name, idxs in by_zip.items():
        with zipfile.ZipFile(SHARED / "data" / "saudinewsnet" / name) as z:
            records = json.loads(z.read(z.namelist()[0]))
        for i in idxs:
            out[f"{name}#{i}"] = records[i]
    return out


def analyse(rows: list[dict], keep: str | None) -> dict[str, tuple[str, list]]:
    """url → (article text, mention spans) after the pipeline and the corpus steps that touch entities."""
    from marsad.ingest.run import IngestOptions, ingest
    from marsad.pipeline.registry import corpus_steps
    from marsad.pipeline.runner import ProcessOptions, process
    from marsad.store import open_store

    records = load_records([r["ref"] for r in rows])
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "sample.jsonl"
        with src.open("w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(records[r["ref"]], ensure_ascii=False) + "\n")
        store = open_store(keep or str(Path(tmp) / "eval.db"))
        try:
            ingest(store, [str(src)], IngestOptions(show_progress=False))
            opts = ProcessOptions(only=["ner", "link"], corpus_steps=False, show_progress=False)
            process(store, opts)
            for step in corpus_steps():  # only those that touch entities
                if getattr(step, "touches_entities", False):
                    step(store, opts)
            out = {}
            for a in store.iter_articles():
                out[a.url] = (a.text, store.spans(a.id, kinds=["mention"]))
        finally:
            store.close()
    return out


def _place(text: str, m: dict) -> tuple[int, int] | None:
    """Where a gold mention is in the text as extracted today (offsets, else the n-th occurrence)."""
    if text[m["start"]:m["end"]] == m["surface"]:
        return m["start"], m["end"]
    pos, k = -1, -1
    while k < m["occurrence"]:
        pos = text.find(m["surface"], pos + 1)
        if pos < 0:
            return None
        k += 1
    return pos, pos + len(m["surface"])


def score(rows: list[dict], got: dict[str, tuple[str, list]], kb_ids: set[str], verbose: bool) -> dict[str, float]:
    pairs = []  # (article url, gold mention or None, system span or None)
    for r in rows:
        if r["url"] not in got:
            pairs += [(r["url"], m, None) for m in r["mentions"] if m["gold"] != "?"]
            continue
        text, spans = got[r["url"]]
        gold = []
        for m in r["mentions"]:
            where = _place(text, m)
            if where is not None:
                gold.append((where, m))
        sys_spans = [s for s in spans if s.label in TYPES and s.start < r["region_end"]]
        taken: set[int] = set()
        for s in sys_spans:
            best, best_ov = None, 0
            for k, ((a, b), m) in enumerate(gold):
                ov = min(b, s.end) - max(a, s.start)
                if ov > best_ov and k not in taken:
                    best, best_ov = k, ov
            if best is None:
                pairs.append((r["url"], None, s))
                continue
            taken.add(best)
            if gold[best][1]["gold"] != "?":
                pairs.append((r["url"], gold[best][1], s))
        pairs += [(r["url"], m, None) for k, (_w, m) in enumerate(gold) if k not in taken and m["gold"] != "?"]
    # Image of each annotator label: the system id most of its mentions got; one-to-one.
    votes: dict[str, Counter] = defaultdict(Counter)
    for _u, m, s in pairs:
        if m is not None and s is not None and not m["gold"].startswith(("per:", "loc:", "org:", "misc:")):
            votes[m["gold"]][s.data.get("entity_id")] += 1
    gold_kb = {m["gold"] for _u, m, _s in pairs if m is not None and m["gold"] in kb_ids}
    image: dict[str, str] = {}
    owner: dict[str, str] = {}
    for label, c in sorted(votes.items(), key=lambda kv: -sum(kv[1].values())):
        eid, _n = c.most_common(1)[0]
        if eid in owner or eid in gold_kb:
            continue
        owner[eid] = label
        image[label] = eid
    right = n_sys = n_gold = 0
    errors = []
    for url, m, s in pairs:
        n_sys += s is not None
        n_gold += m is not None
        if m is None or s is None:
            if verbose:
                errors.append((url, m, s))
            continue
        want = m["gold"] if m["gold"] in kb_ids or m["gold"].split(":")[0] in ("per", "loc", "org") else image.get(m["gold"])
        ok = s.data.get("entity_id") == want
        right += ok
        if verbose and not ok:
            errors.append((url, m, s))
    if verbose:
        for url, m, s in errors:
            g = f"{m['surface']} [{m['gold']}]" if m else "-"
            sy = f"{s.data.get('name')} [{s.data.get('entity_id')}] {s.label}/{s.data.get('source')}" if s else "-"
            print(f"  {url[-40:]:40}  gold {g:45}  system {sy}")
    p = right / n_sys if n_sys else 1.0
    r_ = right / n_gold if n_gold else 1.0
    return {"precision": p, "recall": r_, "f1": 2 * p * r_ / (p + r_) if p + r_ else 0.0,
            "right": right, "system": n_sys, "gold": n_gold}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--part", choices=("dev", "frozen", "all"), default="all")
    ap.add_argument("--verbose", action="store_true", help="print every error (dev only: keep the frozen part unseen)")
    ap.add_argument("--keep", help="keep the evaluation database at this path")
    args = ap.parse_args(argv)
    if not (SHARED / "data" / "saudinewsnet").exists():
        print(f"skipped: {SHARED / 'data' / 'saudinewsnet'} not present")
        return 0
    from marsad.nlp.kb import load_kb

    rows = load_rows()
    t0 = time.perf_counter()
    got = analyse(rows, args.keep)
    kb_ids = set(load_kb().entities)
    print(f"linking on real news: {len(rows)} SaudiNewsNet articles analysed in {time.perf_counter() - t0:.1f} s")
    parts = ("dev", "frozen") if args.part == "all" else (args.part,)
    results = {}
    for part in parts:
        sel = [r for r in rows if r["frozen"] == (part == "frozen")]
        res = score(sel, got, kb_ids, args.verbose and part == "dev")
        results.update({f"{part}.{k}": v for k, v in res.items()})
        print(f"  {part:6}  {len(sel)} articles  P {res['precision']:.3f}  R {res['recall']:.3f}  F1 {res['f1']:.3f}"
              f"  (right {res['right']}, system mentions {res['system']}, gold mentions {res['gold']})")
    floors = json.loads(FLOORS.read_text(encoding="utf-8")) if FLOORS.exists() else {}
    failed = [f"{k} {results[k]:.3f} < floor {v}" for k, v in floors.items() if k in results and results[k] < v]
    for f in failed:
        print("  BELOW FLOOR: " + f)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
