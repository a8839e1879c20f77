"""Extraction quality on the five seed pages against ../shared/gold/seeds.json.

    .venv/bin/python eval/eval_extract.py [--floors eval/floors/extract.json] [--out ARTICLES.jsonl]
    (= make eval-extract)

Extracts each seed as scraped text, then prints: recall of body lines kept, boilerplate lines leaked into
bodies, whether seed 000's glued second article is kept apart, the label accuracy of the line classifier,
and per document the metadata found (title, author, original outlet, source credit, translation credit,
cited outlets) against the gold "meta".  It also writes the articles as JSON Lines and runs the official
scorer (../shared/tools/score_extract.py) on them.  Exits 1 below a floor of eval/floors/extract.json, 2 when
../shared is missing.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from marsad.extract import extract
from marsad.extract.glued import split_glued
from marsad.extract.lexicon import fold
from marsad.extract.lines import classify, split_lines
from marsad.models import Article, RawDocument, to_dict

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"
GOLD = SHARED / "gold" / "seeds.json"
SEEDS = SHARED / "seeds"
SCORER = SHARED / "tools" / "score_extract.py"
FLOORS = ROOT / "eval" / "floors" / "extract.json"
BODY = ("body", "heading")


def norm(s: str) -> str:
    return " ".join(fold(re.sub(r"[\"'“”«»]", "", s)).split())


def probe(line: str) -> str:
    """The middle of a line: survives a stray label stripped from its end."""
    s = norm(line)
    return s if len(s) <= 40 else s[len(s) // 2 - 20: len(s) // 2 + 20]


def same(found: str | None, gold: str) -> bool:
    return bool(found) and (norm(gold) in norm(found) or norm(found) in norm(gold))


def extract_seed(path: Path) -> list[Article]:
    raw = RawDocument.from_bytes(path.read_bytes(), origin=str(path), media_type="text/plain", encoding="utf-8")
    return extract(raw)


def meta_checks(doc: dict, arts: list[Article]) -> dict[str, bool]:
    """Gold metadata of one seed → found or not (title None means: no title invented)."""
    gold = doc.get("meta", {})
    main = next((a for a in arts if a.index == 0), None)
    if main is None:
        return {k: False for k in gold}
    prov = main.provenance
    out: dict[str, bool] = {}
    if "title" in gold:
        out["title"] = (not main.title) if gold["title"] is None else same(main.title, gold["title"])
    if gold.get("author"):
        out["author"] = any(same(a, gold["author"]) for a in main.authors)
    if gold.get("original_outlet"):
        out["original_outlet"] = same(prov.original_outlet, gold["original_outlet"])
    if gold.get("source_credit"):
        out["source_credit"] = same(prov.source_credit, gold["source_credit"])
    if gold.get("translated_from"):
        out["translated_from"] = same(prov.translated_from, gold["translated_from"])
    for outlet in gold.get("cited_outlets", []):
        out[f"cited:{outlet}"] = any(same(c, outlet) for c in prov.cited_outlets)
    return out


def line_scores(gold: dict, seeds: Path) -> tuple[int, int, dict[str, list[int]]]:
    """Classifier labels vs gold labels over all seed lines: (right, total, per-label [right, total])."""
    right = total = 0
    per: dict[str, list[int]] = {}
    for fname, doc in gold["documents"].items():
        lines = classify(split_lines((seeds / fname).read_text(encoding="utf-8")))
        labels = {}
        for part_no, part in enumerate(split_glued(lines)):
            for ln in part:
                appended = part_no and ln.label in ("title", "body", "heading")  # gold marks only those
                labels[ln.no] = ("appended:" if appended else "") + ln.label
        for no, label in doc["lines"].items():
            mine = labels.get(int(no), "boilerplate")  # a line with no letters is dropped as boilerplate
            ok = mine == label
            right += ok
            total += 1
            cell = per.setdefault(label.removeprefix("appended:"), [0, 0])
            cell[0] += ok
            cell[1] += 1
    return right, total, per


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--floors", type=Path, default=FLOORS)
    ap.add_argument("--out", type=Path, help="also keep the extracted articles here (JSON Lines)")
    args = ap.parse_args(argv)
    if not GOLD.exists():
        print(f"{GOLD} not present (../shared holds the seeds and their gold labels)", file=sys.stderr)
        return 2
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    floors = json.loads(args.floors.read_text(encoding="utf-8"))
    kept = total = leaked = bp_total = 0
    glued_ok = True
    failures: list[str] = []
    hard: list[str] = []  # failures that are floors by themselves
    all_articles: list[Article] = []
    meta_found = meta_total = 0
    for fname, doc in gold["documents"].items():
        arts = extract_seed(SEEDS / fname)
        all_articles += arts
        texts = {a.index: norm(a.text) for a in arts}
        lines = (SEEDS / fname).read_text(encoding="utf-8").split("\n")
        for no, label in doc["lines"].items():
            pr = probe(lines[int(no) - 1])
            where = {i for i, t in texts.items() if pr and pr in t}
            if label.removeprefix("appended:") in BODY:
                total += 1
                kept += bool(where)
                want = 1 if label.startswith("appended:") else 0
                if where and where != {want}:
                    glued_ok = False
                    failures.append(f"{fname}:{no} {label} line is in article {sorted(where)}, not {want}")
                if not where:
                    failures.append(f"{fname}:{no} {label} line missing")
            elif label == "boilerplate" and len(norm(lines[int(no) - 1])) >= 8:
                bp_total += 1
                if where:
                    leaked += 1
                    failures.append(f"{fname}:{no} boilerplate leaked: {norm(lines[int(no) - 1])[:50]}")
        if "appended_story" in doc and len(arts) < 2:
            glued_ok = False
            failures.append(f"{fname}: glued second article not separated")
        checks = meta_checks(doc, arts)
        meta_found += sum(checks.values())
        meta_total += len(checks)
        shown = ", ".join(f"{k}={'ok' if v else 'MISSING'}" for k, v in checks.items())
        print(f"{fname}: {len(arts)} article(s); {shown}")
        for key in floors.get("required_meta", {}).get(fname.split("_")[0], []):
            if not checks.get(key):
                hard.append(f"{fname}: required metadata {key} not found")
    right, n_lines, per = line_scores(gold, SEEDS)
    recall = kept / total if total else 0.0
    print(f"body-line recall {recall:.3f} ({kept}/{total}); boilerplate leaked {leaked}/{bp_total}; "
          f"glued article separated: {glued_ok}")
    print(f"metadata found {meta_found}/{meta_total}; line labels {right}/{n_lines} = {right / n_lines:.3f} "
          + " ".join(f"{k}:{r}/{t}" for k, (r, t) in sorted(per.items())))
    official = _official(all_articles, args.out)
    if official is not None:
        code, out = official
        print("official scorer:", out.splitlines()[-1] if out else "(no output)")
        if code != 0:
            hard.append("official scorer failed")
    below = []
    if recall < floors["body_line_recall"]:
        below.append(f"body-line recall {recall:.3f} < {floors['body_line_recall']}")
    if leaked > floors["boilerplate_leaked_max"]:
        below.append(f"boilerplate leaked {leaked} > {floors['boilerplate_leaked_max']}")
    if floors.get("glued_separated") and not glued_ok:
        below.append("glued article not separated")
    if meta_found < floors.get("meta_found_min", 0):
        below.append(f"metadata found {meta_found} < {floors['meta_found_min']}")
    if right / n_lines < floors.get("line_label_accuracy", 0):
        below.append(f"line-label accuracy {right / n_lines:.3f} < {floors['line_label_accuracy']}")
    below += hard
    for f in failures[:30]:
        print("  -", f)
    if below:
        print("BELOW FLOORS: " + "; ".join(below))
        return 1
    return 0


def _official(articles: list[Article], keep: Path | None) -> tuple[int, str] | None:
    if not SCORER.exists():
        return None
    with tempfile.TemporaryDirectory() as tmp:
        out = keep or Path(tmp) / "articles.jsonl"
        with open(out, "w", encoding="utf-8") as fh:
            for a in articles:
                fh.write(json.dumps(to_dict(a), ensure_ascii=False) + "\n")
        proc = subprocess.run([sys.executable, str(SCORER), str(GOLD), str(SEEDS), str(out)],
                              capture_output=True, text=True)
        return proc.returncode, proc.stdout.strip()


if __name__ == "__main__":
    sys.exit(main())
