"""Sample quotes from a SaudiNewsNet day for reading by hand, and score the judgements.

    python eval/sample_snn_quotes.py subset ../shared/data/saudinewsnet/2015-08-10.zip day.json --n 400 --seed 2015
    marsad --db snn.db ingest day.json && nice -n 10 marsad --db snn.db process
    marsad --db snn.db quotes --json --limit 0 > quotes.jsonl
    python eval/sample_snn_quotes.py sample quotes.jsonl --n 50 --seed 2015 --db snn.db   # prints the sample to read
    python eval/sample_snn_quotes.py score eval/judgements/snn_quotes_2015-08-10.tsv

``subset`` leaves out every article of ``../shared/gold/quotes_dev.json`` (by URL or title), so the sample is
unseen, and keeps a fixed-seed random ``--n`` of the rest (``random.Random(seed).sample``). ``sample`` takes the
``--n`` quotes with the lowest sha256 of ``"<seed>:<article id>:<content start>"`` (again dropping any quote whose
article is in the dev set) and prints each with the text around it for the reader only; the judgements file keeps
ids, offsets, the speaker shown, the verdicts and a short reason — never the article text, which is third-party and
stays in ../shared.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

from evalkit import add_subset_command, write_day_subset

GOLD = Path(__file__).resolve().parents[1] / ".." / "shared" / "gold" / "quotes_dev.json"


def _dev_keys(gold: Path = GOLD) -> tuple[set[str], set[str]]:
    data = json.loads(gold.read_text(encoding="utf-8"))
    urls = {a["url"] for a in data["articles"] if a.get("url")}
    titles = {a["title"] for a in data["articles"] if a.get("title")}
    return urls, titles


def subset(day_zip: Path, out: Path, n: int, seed: int, complement: bool = False) -> int:
    urls, titles = _dev_keys()
    total, unseen, chosen = write_day_subset(
        day_zip, out, n, seed, lambda a: a.get("url") not in urls and (a.get("title") or None) not in titles,
        complement)
    print(f"{total} articles, {unseen} not in the dev set, {chosen} written to {out}")
    return 0


def _rank(seed: int, q: dict) -> str:
    key = f"{seed}:{q['article_id']}:{q['start']}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def _article(db: str, article_id: str) -> dict:
    out = subprocess.run([sys.executable, "-m", "marsad", "--db", db, "show", article_id, "--json"],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)["article"]


def sample(quotes_path: Path, n: int, seed: int, db: str) -> list[tuple[dict, dict]]:
    """The ``n`` quotes with the lowest hash of (seed, article, content start), none from a dev-set article:
    a fixed-seed sample that stays the same for every quote a later version still finds at the same place."""
    quotes = [json.loads(line) for line in quotes_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    urls, titles = _dev_keys()
    picked: list[tuple[dict, dict]] = []
    cache: dict[str, dict] = {}
    for q in sorted(quotes, key=lambda q: _rank(seed, q)):
        art = cache.get(q["article_id"]) or cache.setdefault(q["article_id"], _article(db, q["article_id"]))
        if art.get("url") in urls or (art.get("title") or None) in titles:
            continue
        picked.append((q, art))
        if len(picked) == n:
            break
    return picked


def show(picked: list[tuple[dict, dict]]) -> None:
    """Each quote in its paragraph, the content in [[ ]] and the cue in < >, for the reader only."""
    for k, (q, art) in enumerate(picked):
        text = art["text"]
        s0, s1 = q["start"], q["end"]
        c0, c1 = q.get("cue_span") or (s0, s0)
        lo = min(s0, c0)
        hi = max(s1, c1)
        para = [p for p in art.get("paragraphs") or [] if p["start"] <= hi and p["end"] >= lo]
        a = max(0, min([p["start"] for p in para] or [lo]) - 400)
        b = min(len(text), max([p["end"] for p in para] or [hi]) + 200)
        marks = sorted([(s0, "[["), (s1, "]]"), (c0, "<"), (c1, ">")], key=lambda m: m[0], reverse=True)
        piece = text[a:b]
        for at, m in marks:
            piece = piece[:at - a] + m + piece[at - a:]
        spk = q.get("speaker") or {}
        print(f"=== {k}\t{q['article_id']}\t{s0}-{s1}\tcue {c0}-{c1}\t{q['kind']}\t"
              f"speaker={q.get('speaker_name') or '-'} ({spk.get('resolved') or '-'})\t"
              f"via={(q.get('via') or {}).get('text') or '-'}\n{art['title']}\n…{piece}…\n")


def score(judgements: Path) -> int:
    with open(judgements, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    n = len(rows)
    det = [r for r in rows if r["quote"] == "ok"]
    span_ok = sum(r["span"] == "ok" for r in det)
    spk_ok = sum(r["speaker"] == "ok" for r in det)
    all_ok = sum(r["span"] == "ok" and r["speaker"] == "ok" for r in det)
    print(f"detection precision {len(det) / n:.3f} ({len(det)}/{n} are reported speech or quotations)")
    if det:
        print(f"span precision      {span_ok / len(det):.3f} ({span_ok}/{len(det)} of the detected; "
              + ", ".join(f"{k} {v}" for k, v in Counter(r['span'] for r in det).most_common()) + ")")
        print(f"speaker precision   {spk_ok / len(det):.3f} ({spk_ok}/{len(det)} of the detected; "
              + ", ".join(f"{k} {v}" for k, v in Counter(r['speaker'] for r in det).most_common()) + ")")
    print(f"all-right precision {all_ok / n:.3f} ({all_ok}/{n}: a quote, span ok and speaker ok)")
    unresolved = sum("speaker-unresolved" in r["error"] for r in det)
    if det:
        print(f"  (lenient, the right party shown by a bare title or surname counted right: speaker "
              f"{(spk_ok + unresolved) / len(det):.3f}, {spk_ok + unresolved}/{len(det)})")
    kinds = Counter(k.strip() for r in rows for k in r["error"].split(";") if k.strip() not in ("", "-"))
    print("errors by kind: " + ", ".join(f"{k} {v}" for k, v in kinds.most_common()))
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    add_subset_command(sub)
    s = sub.add_parser("sample")
    s.add_argument("quotes", type=Path)
    s.add_argument("--n", type=int, default=50)
    s.add_argument("--seed", type=int, default=2015)
    s.add_argument("--db", required=True, help="the database the quotes came from (for the article text)")
    c = sub.add_parser("score")
    c.add_argument("judgements", type=Path)
    args = ap.parse_args(argv)
    if args.cmd == "subset":
        return subset(args.day_zip, args.out, args.n, args.seed, args.complement)
    if args.cmd == "sample":
        show(sample(args.quotes, args.n, args.seed, args.db))
        return 0
    return score(args.judgements)


if __name__ == "__main__":
    sys.exit(main())
