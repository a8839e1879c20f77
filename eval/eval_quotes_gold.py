"""Quotes on real news: the SaudiNewsNet quote gold set, end to end through the official scorer.

The path is the one a user takes: the 40 gold articles are written as JSON Lines
(``../shared/tools/saudi_subset.py``), ``marsad ingest`` stores them, ``marsad process``
runs the whole pipeline, and ``marsad articles --json`` + ``marsad quotes --json`` are
scored by ``../shared/tools/score_quotes_gold.py`` (detection P/R/F1, right speaker of
matched quotes).  The articles are split in two parts, fixed up front by a hash of the
article URL (:func:`is_frozen`, about 30%):

* **dev** — the articles the quote rules are developed on; ``-v`` lists their errors;
* **frozen** — never looked at while changing code; their errors are listed only with
  ``--show-frozen`` (after a round of changes is over).

Exits non-zero when a figure falls below ``eval/floors/quotes_gold.json``.

Run: ``make eval-quotes-gold`` or ``python eval/eval_quotes_gold.py [-v] [--keep DIR]``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from evalkit import failed_floors, run_marsad

HERE = Path(__file__).resolve().parent
FLOORS = HERE / "floors" / "quotes_gold.json"
SHARED = Path(os.environ.get("MARSAD_SHARED", HERE.parent.parent / "shared"))
GOLD = SHARED / "gold" / "quotes_dev.json"
SNN = SHARED / "data" / "saudinewsnet"
SCORER = SHARED / "tools" / "score_quotes_gold.py"
SUBSET = SHARED / "tools" / "saudi_subset.py"
FROZEN_SHARE = 30  # percent of the articles, by hash
_LINE = re.compile(r"quotes: detection P ([\d.]+) R ([\d.]+) F1 ([\d.]+) \((\d+) of (\d+) gold, (\d+) predicted\); "
                   r"speaker right ([\d.]+) of matched; end-to-end R ([\d.]+)")


def is_frozen(url: str) -> bool:
    """Whether a gold article belongs to the frozen part (a hash of its URL, fixed before any tuning)."""
    return int(hashlib.sha256(url.encode("utf-8")).hexdigest(), 16) % 100 < FROZEN_SHARE


def have_data() -> bool:
    return GOLD.exists() and SCORER.exists() and SUBSET.exists() and any(SNN.glob("*.zip"))


def _part(work: Path, gold: dict, frozen: bool) -> Path:
    """A gold file holding only one part's articles (the scorer reads a file)."""
    path = work / ("gold_frozen.json" if frozen else "gold_dev.json")
    part = dict(gold, articles=[a for a in gold["articles"] if is_frozen(a["url"]) == frozen])
    path.write_text(json.dumps(part, ensure_ascii=False), encoding="utf-8")
    return path


def produce(work: Path) -> tuple[Path, Path]:
    """Ingest and process the gold articles; the articles and quotes as the CLI prints them."""
    corpus, db = work / "gold_articles.jsonl", work / "quotes.db"
    for old in work.glob("quotes.db*"):  # a kept folder: start from an empty database
        old.unlink()
    subprocess.run([sys.executable, str(SUBSET), str(SNN), str(corpus), "0", str(GOLD)], check=True,
                   stdout=subprocess.DEVNULL)
    run_marsad(db, "ingest", str(corpus))
    run_marsad(db, "process")
    arts, quotes = work / "articles.jsonl", work / "quotes.jsonl"
    run_marsad(db, "articles", "--json", "--limit", "1000000", out=arts)
    run_marsad(db, "quotes", "--json", out=quotes)
    return arts, quotes


def score(work: Path, arts: Path, quotes: Path, show_frozen: bool) -> dict[str, dict[str, float]]:
    """The official scorer's figures for each part; its error examples are shown for dev only."""
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    results: dict[str, dict[str, float]] = {}
    for part, frozen in (("dev", False), ("frozen", True)):
        out = subprocess.run([sys.executable, str(SCORER), str(_part(work, gold, frozen)), str(SNN), str(arts),
                              str(quotes), "0"], capture_output=True, text=True).stdout
        n = sum(is_frozen(a["url"]) == frozen for a in gold["articles"])
        for line in out.splitlines():
            m = _LINE.match(line)
            if m:
                results[part] = {"precision": float(m.group(1)), "recall": float(m.group(2)),
                                 "f1": float(m.group(3)), "matched": int(m.group(4)), "gold": int(m.group(5)),
                                 "predicted": int(m.group(6)), "speaker": float(m.group(7)),
                                 "end_to_end": float(m.group(8))}
                print(f"{part:<6} ({n} articles) {line}")
            elif not frozen or show_frozen:
                print(f"{part:<6}   {line}")
    return results


# -- error listing (diagnostics only; the figures above are the official scorer's) ----------------------

def _norm(s: str) -> list[str]:
    s = re.sub(r"[\u064B-\u0652\u0640]", "", s or "")
    s = re.sub("[أإآ]", "ا", s).replace("ى", "ي").replace("ة", "ه")
    return re.findall(r"[\u0621-\u064A0-9A-Za-z]+", s)


def list_errors(arts: Path, quotes: Path, frozen: bool) -> None:
    """Per article of one part: gold quotes missed, predictions matching nothing, speakers judged wrong."""
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    texts = {}
    for z in sorted(SNN.glob("*.zip")):
        with zipfile.ZipFile(z) as zf:
            for name in zf.namelist():
                for a in json.loads(zf.read(name)):
                    texts[a["url"]] = a["content"]
    url_of = {}
    for line in open(arts, encoding="utf-8"):
        if line.strip():
            a = json.loads(line)
            url_of[str(a.get("id"))] = a.get("url") or ""
    preds: dict[str, list[dict]] = {}
    for line in open(quotes, encoding="utf-8"):
        if line.strip():
            q = json.loads(line)
            preds.setdefault(url_of.get(str(q.get("article_id")), ""), []).append(q)
    for k, art in enumerate(gold["articles"]):
        if is_frozen(art["url"]) != frozen:
            continue
        text = texts[art["url"]]
        golds = [(set(_norm(text[g["content_start"]:g["content_end"]])), g) for g in art["quotes"]]
        ps = [(set(_norm(q.get("content", ""))), q) for q in preds.get(art["url"], [])]
        pairs = []
        for i, (gw, _) in enumerate(golds):
            for j, (pw, _) in enumerate(ps):
                if gw and pw:
                    inter = len(gw & pw)
                    a, b = inter / len(gw), inter / len(pw)
                    if a >= 0.5 and b >= 0.5:
                        pairs.append((a + b, i, j))
        ug, up, match = set(), set(), {}
        for _, i, j in sorted(pairs, reverse=True):
            if i not in ug and j not in up:
                ug.add(i), up.add(j)
                match[i] = j
        print(f"== D{k:02d} {art['url']}")
        for i, (gw, g) in enumerate(golds):
            gtext = text[g["content_start"]:g["content_end"]].replace("\n", " ")
            if i not in match:
                print(f"  MISS  Q{i:02d} [{g['cue']}] {g['speaker_name']} | {gtext[:90]}")
                continue
            q = ps[match[i]][1]
            sp = q.get("speaker") or {}
            gn = set(w for w in _norm(g["speaker_name"] + " " + (g.get("speaker_mention") or "")) if len(w) >= 3)
            pn = set(w for v in (sp.get("text"), sp.get("name_ar"), sp.get("name_en"), q.get("speaker_name"))
                     for w in _norm(str(v or "")) if len(w) >= 3)
            if not gn & pn:
                print(f"  SPKR  Q{i:02d} [{g['cue']}] gold {g['speaker_name']} / got {sp.get('text')!r} "
                      f"({sp.get('resolved')}) | {gtext[:60]}")
        for j, (_, q) in enumerate(ps):
            if j not in up:
                sp = q.get("speaker") or {}
                print(f"  EXTRA [{q.get('cue')}] {sp.get('text')!r} | {q.get('content', '')[:90]}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--keep", type=Path, help="keep the database and JSON files in this folder")
    ap.add_argument("--reuse", action="store_true", help="with --keep: score the files already there, no re-run")
    ap.add_argument("-v", "--verbose", action="store_true", help="list the dev part's errors")
    ap.add_argument("--show-frozen", action="store_true", help="also list the frozen part's errors (after a round)")
    args = ap.parse_args(argv)
    if not have_data():
        print(f"skipped: no quote gold, SaudiNewsNet or scorer under {SHARED} (set MARSAD_SHARED)")
        return 0
    work = args.keep or Path(tempfile.mkdtemp(prefix="marsad-quotes-gold-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        if args.reuse and (work / "quotes.jsonl").exists():
            arts, quotes = work / "articles.jsonl", work / "quotes.jsonl"
        else:
            arts, quotes = produce(work)
        if args.verbose:
            list_errors(arts, quotes, frozen=False)
        if args.show_frozen:
            list_errors(arts, quotes, frozen=True)
        results = score(work, arts, quotes, args.show_frozen)
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    print("(dev: rules developed on these articles; frozen: ~30% of the articles by URL hash, not tuned on)")
    failed = failed_floors(results, json.loads(FLOORS.read_text()) if FLOORS.exists() else {})
    for f in failed:
        print("BELOW FLOOR:", f)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
