"""Sample coded events from a SaudiNewsNet day for reading by hand, and score the judgements.

A reading of a random 400 articles of one day (about 5 minutes of processing on a busy 2-core machine):

    python eval/sample_snn_events.py subset ../shared/data/saudinewsnet/2015-08-11.zip day.json --n 400 --seed 2015
    marsad --db snn.db ingest day.json && nice -n 10 marsad --db snn.db process
    marsad --db snn.db events --json > events.jsonl     # what Marsad shows by default (shown: true)
    python eval/sample_snn_events.py sample events.jsonl --n 100 --seed 2015   # prints the sample to read
    python eval/sample_snn_events.py score eval/judgements/snn_events_2015-07-22.tsv

Unseen news: process the records a day's judged subset left out (``subset ... --n 900 --seed 2015 --complement``)
and sample with ``--unseen ../shared``, which leaves out events whose sentence stands in an article some reading
drew from (a judged subset's article, an article an earlier unseen reading drew from, or a syndicated copy of one).

News from another source: ``headlines`` writes the distinct real headlines of ANS (``s1`` of
``../shared/data/ans_stance/stance/*.csv``, 2018 news; ``s2`` is written by annotators and left out) as JSON
Lines articles, one headline each, undated — events no SaudiNewsNet reading or tuning has touched:

    python eval/sample_snn_events.py headlines ../shared/data/ans_stance/stance ans.jsonl
    marsad --db ans.db ingest ans.jsonl && nice -n 10 marsad --db ans.db process
    marsad --db ans.db events --json > events.jsonl && python eval/sample_snn_events.py sample events.jsonl --n 100

``marsad events --json`` lists only the events shown by default (the learned filter of
``marsad.nlp.events.shown``); ``sample`` refuses a file holding events marked ``shown: false``
unless ``--all`` is given, so a reading measures what a user sees.

The sample is printed (article id, offsets, type, actor, recipient, date and the source sentence) for
the reader only; the judgements file keeps ids, offsets, the coded fields and a short reason — never
the article text, which is third-party and stays in ../shared.
"""

from __future__ import annotations

import argparse
import csv
import json
import hashlib
import random
import sys
import zipfile
from collections import Counter
from pathlib import Path

from evalkit import add_subset_command, write_day_subset


def _name(p: dict | None) -> str:
    return str((p or {}).get("name") or (p or {}).get("text") or "-") if p else "-"


def _rank(seed: int, e: dict) -> str:
    key = f"{seed}:{e['article_id']}:{e['trigger'][0]}:{e['type']}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def sample(events_path: Path, n: int, seed: int) -> list[dict]:
    """The ``n`` events with the lowest hash of (seed, article, trigger offset, type): a fixed-seed sample
    that stays the same for every event a later version still codes the same way."""
    events = [json.loads(line) for line in events_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return sorted(events, key=lambda e: _rank(seed, e))[:n]


# The days read by hand for events (eval/judged_event_stores.sh): the whole day for two, a 900-record subset for the others.
JUDGED_DAYS = ("2015-07-21", "2015-07-22", "2015-07-23", "2015-07-24", "2015-07-25", "2015-07-26", "2015-07-27",
               "2015-07-31", "2015-08-01", "2015-08-02", "2015-08-03", "2015-08-04", "2015-08-06", "2015-08-07",
               "2015-08-08", "2015-08-09", "2015-08-10", "2015-08-11")
WHOLE_DAYS = ("2015-07-22", "2015-08-10")
JUDGEMENTS = Path(__file__).resolve().parent / "judgements"


def judged_texts(shared: Path) -> list[str]:
    """The text of every article a hand reading of events drew from (the judged subsets, rebuilt with their seed)."""
    texts = []
    for day in JUDGED_DAYS:
        with zipfile.ZipFile(shared / "data" / "saudinewsnet" / f"{day}.zip") as z:
            records = json.loads(z.read(z.namelist()[0]))
        kept = [r for r in records if str(r.get("content") or "").strip()]
        if day not in WHOLE_DAYS:
            kept = random.Random(2015).sample(kept, min(900, len(kept)))
        texts.extend(str(r["content"]) for r in kept)
    return texts


def read_unseen_articles(judgements: Path = JUDGEMENTS) -> set[str]:
    """The articles earlier unseen readings drew from (``snn_events_unseen_*.tsv``: article ids are stable, a hash
    of the record)."""
    ids: set[str] = set()
    for path in sorted(judgements.glob("snn_events_unseen_*.tsv")):
        with open(path, encoding="utf-8") as fh:
            ids.update(r["article_id"] for r in csv.DictReader(fh, delimiter="\t"))
    return ids


def unseen(events: list[dict], shared: Path, read_ids: set[str] | None = None) -> list[dict]:
    """The events whose sentence stands word for word in no judged article, and in no article an earlier unseen
    reading drew from (nor in a copy of one of its coded sentences): a complement's syndicated copies of a read
    sentence have been read already and do not measure unseen news."""
    blob = "\n".join(judged_texts(shared))
    read_ids = read_unseen_articles() if read_ids is None else read_ids
    read_sentences = {(e.get("sentence_text") or "").strip() for e in events if e["article_id"] in read_ids}
    return [e for e in events if e["article_id"] not in read_ids
            and (e.get("sentence_text") or "").strip() not in read_sentences
            and (e.get("sentence_text") or "").strip() not in blob]


def subset(day_zip: Path, out: Path, n: int, seed: int, complement: bool = False) -> int:
    """A random ``n`` of the day's records with text (``random.Random(seed).sample``), or with ``complement``
    the records with text that sample leaves out, as one JSON file."""
    total, with_text, chosen = write_day_subset(day_zip, out, n, seed, lambda a: bool(str(a.get("content") or "").strip()),
                                                complement)
    print(f"{total} records, {with_text} with text, {chosen} written to {out}")
    return 0


def show(events: list[dict]) -> None:
    for k, e in enumerate(events, 1):
        s0 = e["sentence"][0]
        t0, t1 = e["trigger"]
        text = e.get("sentence_text") or ""
        marked = text[:t0 - s0] + "[" + text[t0 - s0:t1 - s0] + "]" + text[t1 - s0:]
        if len(marked) > 600:  # a long span: the part around the trigger
            at = t0 - s0
            marked = "…" + marked[max(0, at - 300):at + 300] + "…"
        print(f"{k}\t{e['article_id']}\t{e['sentence'][0]}-{e['sentence'][1]}\t{t0}\t{e['type']}/{e.get('mode') or '-'}"
              f"\tA={_name(e.get('actor'))}\tR={_name(e.get('recipient'))}\tD={e.get('date')}"
              f"\t{e.get('modality')}{' negated' if e.get('negated') else ''}\n    {marked}")


def score(judgements: Path) -> int:
    with open(judgements, encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh, delimiter="\t")]
    ok = sum(r["verdict"] == "ok" for r in rows)
    kinds = Counter(r["error"] for r in rows if r["verdict"] != "ok")
    by_type = Counter((r["type"], r["verdict"]) for r in rows)
    print(f"precision {ok / len(rows):.3f} ({ok}/{len(rows)} events judged right)")
    missing = sum(r["error"] in ("actor-missing", "recipient-missing") for r in rows)
    print(f"  (lenient, a party left out but none wrong counted right: {(ok + missing) / len(rows):.3f})")
    print("errors by kind: " + ", ".join(f"{k} {v}" for k, v in kinds.most_common()))
    types = sorted({r["type"] for r in rows})
    print("by type: " + ", ".join(f"{t} {by_type[(t, 'ok')]}/{by_type[(t, 'ok')] + by_type[(t, 'wrong')]}" for t in types))
    return 0


def headlines(stance_dir: Path, out: Path) -> int:
    """Write each distinct ANS headline (column ``s1``) once as an undated JSON Lines article."""
    seen: set[str] = set()
    with open(out, "w", encoding="utf-8") as fh:
        for path in sorted(stance_dir.glob("*.csv")):
            with open(path, encoding="utf-8", newline="") as src:
                for row in csv.DictReader(src):
                    text = row["s1"].strip()
                    if not text or text in seen:
                        continue
                    seen.add(text)
                    url = "ans:" + hashlib.sha1(text.encode()).hexdigest()[:10]
                    fh.write(json.dumps({"url": url, "title": "", "content": text}, ensure_ascii=False) + "\n")
    if not seen:
        print(f"no headlines under {stance_dir} (expected its stance/*.csv)", file=sys.stderr)
        return 2
    print(f"{len(seen)} headlines written to {out}", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sample")
    s.add_argument("events", type=Path)
    s.add_argument("--n", type=int, default=100)
    s.add_argument("--seed", type=int, default=2015)
    s.add_argument("--all", action="store_true", help="accept events not shown by default (marsad events --all)")
    s.add_argument("--unseen", metavar="SHARED", type=Path,
                   help="leave out events whose sentence stands in an article of a judged subset (../shared)")
    add_subset_command(sub)
    h = sub.add_parser("headlines", help="ANS headlines as JSON Lines articles (news from another source)")
    h.add_argument("stance_dir", type=Path)
    h.add_argument("out", type=Path)
    c = sub.add_parser("score")
    c.add_argument("judgements", type=Path)
    args = ap.parse_args(argv)
    if args.cmd == "subset":
        return subset(args.day_zip, args.out, args.n, args.seed, args.complement)
    if args.cmd == "sample":
        picked = sample(args.events, 10 ** 9 if args.unseen else args.n, args.seed)
        if args.unseen:
            kept = unseen(picked, args.unseen)
            print(f"# {len(picked)} events, {len(picked) - len(kept)} told in a judged article left out", file=sys.stderr)
            picked = kept[:args.n]
        if not args.all and any(e.get("shown") is False for e in picked):
            print("the file holds events not shown by default: write it with `marsad events --json` "
                  "(without --all), or pass --all", file=sys.stderr)
            return 2
        show(picked)
        return 0
    if args.cmd == "headlines":
        return headlines(args.stance_dir, args.out)
    return score(args.judgements)


if __name__ == "__main__":
    sys.exit(main())
