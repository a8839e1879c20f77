"""IN-SAMPLE story clustering check: 14 SaudiNewsNet stories the project chose itself (tuned on; not an evaluation).

    python eval/eval_stories_insample.py [--stages all|sentences] [--keep DB]

``eval/data/stories_eval.json`` holds only references ("<zip>#<index>") and story
labels; the articles are read from ../shared/data/saudinewsnet at run time,
ingested in publication order into a temporary store, processed, and clustered.
Exits 1 when a figure falls below ``eval/floors/stories.json``.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import zipfile
from collections import defaultdict
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DATA = ROOT / "eval" / "data" / "stories_eval.json"
FLOORS = ROOT / "eval" / "floors" / "stories_insample.json"


def load_records(refs: list[str]) -> dict[str, dict]:
    """The SaudiNewsNet records named by "<zip>#<index>" references."""
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


def pairwise(gold: dict[str, str], pred: dict[str, str]) -> tuple[float, float, float]:
    """Precision/recall/F1 over pairs of articles put in one story."""
    items = sorted(gold)
    tp = fp = fn = 0
    for a, b in combinations(items, 2):
        g, p = gold[a] == gold[b], pred[a] == pred[b]
        tp += g and p
        fp += p and not g
        fn += g and not p
    prec = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / (tp + fn) if tp + fn else 1.0
    return prec, rec, (2 * prec * rec / (prec + rec) if prec + rec else 0.0)


def bcubed(gold: dict[str, str], pred: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed precision/recall/F1 (Bagga & Baldwin 1998), averaged over articles."""
    gsets, psets = defaultdict(set), defaultdict(set)
    for k in gold:
        gsets[gold[k]].add(k)
        psets[pred[k]].add(k)
    p = r = 0.0
    for k in gold:
        both = len(gsets[gold[k]] & psets[pred[k]])
        p += both / len(psets[pred[k]])
        r += both / len(gsets[gold[k]])
    p, r = p / len(gold), r / len(gold)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stages", choices=("all", "sentences"), default="all",
                        help="analysis before clustering: the whole pipeline (default) or sentences only")
    parser.add_argument("--keep", help="keep the evaluation database at this path")
    args = parser.parse_args(argv)
    if not (SHARED / "data" / "saudinewsnet").exists():
        print(f"skipped: {SHARED / 'data' / 'saudinewsnet'} not present", file=sys.stderr)
        return 0
    from marsad.ingest.run import IngestOptions, ingest
    from marsad.pipeline.runner import ProcessOptions, process
    from marsad.store import open_store
    from marsad.stories.cluster import cluster
    from marsad.stories.syndication import syndicate

    spec = json.loads(DATA.read_text(encoding="utf-8"))
    gold_of = {ref: label for label, refs in spec["stories"].items() for ref in refs}
    gold_of.update({ref: "distractor:" + ref for ref in spec["distractors"]})
    records = load_records(list(gold_of))
    order = sorted(records, key=lambda k: (records[k].get("date_extracted") or "", k))
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "snn_sample.jsonl"
        with src.open("w", encoding="utf-8") as f:
            for k in order:
                f.write(json.dumps(records[k], ensure_ascii=False) + "\n")
        db = args.keep or str(Path(tmp) / "eval.db")
        store = open_store(db)
        t0 = time.perf_counter()
        ingest(store, [str(src)], IngestOptions())
        only = ["sentences"] if args.stages == "sentences" else None
        process(store, ProcessOptions(only=only, corpus_steps=False, show_progress=False))
        t1 = time.perf_counter()
        syndicate(store)
        report = cluster(store)
        t2 = time.perf_counter()
        url_ref = {records[k].get("url"): k for k in order}
        pred: dict[str, str] = {}
        story_of = store.story_partition()
        for a in store.iter_articles():
            if a.url in url_ref and a.id in story_of:
                pred[url_ref[a.url]] = story_of[a.id]
        store.close()
    missing = [k for k in gold_of if k not in pred]
    for k in missing:  # an article that did not make it into the store is a story of its own (and a miss)
        pred[k] = "missing:" + k
    pp, pr, pf = pairwise(gold_of, pred)
    bp, br, bf = bcubed(gold_of, pred)
    n_stories = len(spec["stories"])
    print(f"stories IN-SAMPLE check: {len(gold_of)} articles ({sum(len(v) for v in spec['stories'].values())} in {n_stories} "
          f"labelled stories, {len(spec['distractors'])} distractors), stages={args.stages}")
    print(f"  analysis {t1 - t0:.1f} s, syndication + clustering {t2 - t1:.2f} s; {report.summary()}")
    if missing:
        print(f"  {len(missing)} articles missing from the store")
    print(f"  pairwise  P {pp:.3f}  R {pr:.3f}  F1 {pf:.3f}")
    print(f"  B-cubed   P {bp:.3f}  R {br:.3f}  F1 {bf:.3f}")
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    got = {"pairwise_f1": pf, "bcubed_f1": bf}
    failed = [f"{k} {got[k]:.3f} < floor {v}" for k, v in floors.items() if k in got and got[k] < v]
    for f in failed:
        print("  BELOW FLOOR: " + f)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
