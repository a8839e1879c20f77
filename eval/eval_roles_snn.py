"""Office changes Marsad learns from SaudiNewsNet, for reading by hand, and the precision of the judgements.

    python eval/eval_roles_snn.py sample --from 2015-08-01 --to 2015-08-11 --articles 4000 --n 60 --seed 19 \
        --exclude eval/judgements/roles_snn.tsv eval/judgements/roles_snn_round1.tsv \
        --text > /tmp/roles_sample.txt   # prints the learned changes to read, with their sentences
    python eval/eval_roles_snn.py score eval/judgements/roles_snn.tsv
    python eval/eval_roles_snn.py below --from 2015-07-21 --to 2015-07-31 --articles 8000 --n 400 --text \
        > /tmp/roles_below.txt   # the changes read but not learned, with their reasons (the recall gap)

``sample`` reads the daily zips of ../shared/data/saudinewsnet between two dates, keeps the articles that hold
a change word (a cheap filter; the stage itself decides), runs the analysis up to the ``offices`` stage on at
most ``--articles`` of them (an even spread over the days, fixed order), gathers the changes across articles
as ``marsad process`` does, and prints the *learned* ones (confidence at the threshold or above, an office with
whose it is) in a fixed-seed order.  The judgements file keeps change ids, article ids (sha1 of the URL) and
offsets, the coded fields and a verdict — never the article text, which is third-party and stays in ../shared.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from common import DATA, have_data  # noqa: E402


def _article_id(url: str) -> str:
    return hashlib.sha1(url.encode("utf-8")).hexdigest()[:16]


def _candidates(day_from: str, day_to: str) -> tuple[dict[str, list[dict]], dict[str, str]]:
    """The records that hold a change word, by day, and the days their sites' page numbers give (by URL)."""
    import json
    import zipfile
    from marsad.extract.sequence import Fetched, estimate_dates, fetched_page
    from marsad.nlp.gazetteer import readings
    from marsad.nlp.office_words import TRIGGERS, WIN
    from marsad.nlp.translit import norm_tokens

    words = set(TRIGGERS) | set(WIN)
    by_day: dict[str, list[dict]] = {}
    pages: list[Fetched] = []  # every record's page number or code: the sites' clocks, as `marsad ingest` draws them
    for path in sorted(DATA.glob("*.zip")):
        day = path.stem
        if not day_from <= day <= day_to:
            continue
        with zipfile.ZipFile(path) as zf:
            for name in sorted(zf.namelist()):
                if not name.endswith(".json"):
                    continue
                for r in json.loads(zf.read(name).decode("utf-8")):
                    if r.get("date_extracted") and (page := fetched_page(r["url"], r.get("source") or "", r["url"],
                                                                          r["date_extracted"])):
                        pages.append(page)
                    text = r.get("content") or ""
                    if text and any(v in words for t in set(norm_tokens(text)) for v, _k, _a in readings(t)):
                        by_day.setdefault(day, []).append({**r, "day": day})
    return by_day, estimate_dates(pages)


def run(day_from: str, day_to: str, articles: int, skip: int = 0,
        below: bool = False) -> tuple[list[dict], dict, float, int]:
    """Learned changes (rows as ``marsad roles`` lists them; with ``below`` the ones not learned), the texts by
    article id, CPU s per article, n."""
    from datetime import date as day_type

    from marsad.extract.assemble import earlier_url_date
    from marsad.ingest.run import stated_near_estimate
    from marsad.models import Article, Doc
    from marsad.nlp.timex import stated_day
    from marsad.nlp.learned_roles import gather, learned_roles
    from marsad.pipeline.registry import build_pipeline
    from marsad.pipeline.stage import Resources

    by_day, estimated = _candidates(day_from, day_to)
    days = sorted(by_day)
    per_day = max(1, articles // max(1, len(days)))
    chosen = [r for d in days for r in by_day[d][skip:skip + per_day]][:articles]
    stages = build_pipeline(only=["offices"]).stages
    res = Resources()
    spans, texts = [], {}
    t0 = time.process_time()
    for r in chosen:
        aid = _article_id(r.get("url") or r["title"])
        # dated as `marsad ingest` dates the record: its URL's day when that is earlier than its fetch, else the day
        # its text says it was written (read in the week its site's page numbers give), else the day those numbers
        # give, else its fetch
        fetched = (r.get("date_extracted") or r["day"])[:10]
        date, precision = earlier_url_date(fetched, "day", r.get("url"), fetched=True)
        if precision == "fetched":
            said = stated_day(f"{r.get('title') or ''}\n{r['content']}", day_type.fromisoformat(fetched))
            estimate = estimated.get(r.get("url"))
            date = stated_near_estimate(said.isoformat(), fetched, estimate) if said else (estimate or date)
        doc = Doc(Article(id=aid, raw_id=aid, text=r["content"], title=r.get("title") or "", origin=r.get("url") or "",
                          url=r.get("url"), outlet=r.get("source"), published_at=date), {})
        for st in stages:
            st.func(doc, res)
        texts[aid] = r["content"]
        spans += [{"article_id": aid, "published_at": date, "span": s} for s in doc.layer("office_change")]
    cpu = (time.process_time() - t0) / max(1, len(chosen))
    rows = gather(spans)
    keep = {lr.change_id for lr in learned_roles(rows)}
    if below:
        return [r for r in rows if r["id"] not in keep], texts, cpu, len(chosen)
    return [r for r in rows if r["id"] in keep], texts, cpu, len(chosen)


def _why_below(r: dict) -> list[str]:
    """Why a change is not learned: the doubt codes of its sources, else what its pattern lacks."""
    doubts = sorted({d for s in r["sources"] for d in s.get("doubts") or []})
    if not r.get("of_id"):
        doubts.append("no-owner")
    if not doubts:
        doubts.append("low-confidence")
    return doubts


def cmd_below(args: argparse.Namespace) -> int:
    """The changes read but not learned, with their reasons (the recall gap), and a count of the reasons."""
    if not have_data():
        return 0
    from collections import Counter

    rows, texts, _cpu, n = run(args.day_from, args.day_to, args.articles, args.skip, below=True)
    if args.kind:
        rows = [r for r in rows if r["change"] in args.kind]
    reasons = Counter(w for r in rows for w in _why_below(r))
    print(f"# {n} articles read, {len(rows)} changes below the threshold; reasons: "
          + ", ".join(f"{k} {v}" for k, v in reasons.most_common()), file=sys.stderr)
    print("n\tchange_id\tarticle_id\tsentence\tchange\tperson\toffice\tof\tdate\tconfidence\treasons")
    for k, r in enumerate(sorted(rows, key=_rank(args.seed))[: args.n], 1):
        s = _best_source(r)
        print(f"{k}\t{_row_fields(r, s)}\t{r['confidence']}\t{','.join(_why_below(r))}")
        if args.text:
            _print_sentence(texts, s)
    return 0


def _rank(seed: int):
    """A fixed-seed order of changes: by the sha256 of seed and change id."""
    return lambda r: hashlib.sha256(f"{seed}:{r['id']}".encode()).hexdigest()


def _best_source(r: dict) -> dict:
    """The source a change was learned from: its most confident."""
    return max(r["sources"], key=lambda s: s.get("confidence") or 0.0)


def _row_fields(r: dict, s: dict) -> str:
    """change_id … date of one change as tab-separated fields (the judgements files' columns)."""
    return (f"{r['id']}\t{s['article_id']}\t{s['start']}-{s['end']}\t{r['change']}\t{r['person_name']}\t"
            f"{r['title'] or r['office']}\t{r['of_name'] or '-'}\t{r['date'] or '-'}")


def _print_sentence(texts: dict[str, str], s: dict) -> None:
    """The source sentence, for the reader only (never written to a judgements file)."""
    print(f"#   {texts[s['article_id']][s['start']:s['end']].replace(chr(10), ' ')[:500]}")


def cmd_sample(args: argparse.Namespace) -> int:
    if not have_data():
        return 0
    t0 = time.time()
    rows, texts, cpu, n = run(args.day_from, args.day_to, args.articles, args.skip)
    judged = _judged_ids(args.exclude)
    pool = [r for r in rows if r["id"] not in judged]
    picked = sorted(pool, key=_rank(args.seed))[: args.n]
    print(f"# {n} articles read ({cpu:.3f} s CPU each, {time.time() - t0:.0f} s in all), {len(rows)} learned "
          f"changes, {len(rows) - len(pool)} of them in the excluded files; {len(picked)} shown", file=sys.stderr)
    print("n\tchange_id\tarticle_id\tsentence\tchange\tperson\toffice\tof\tdate\tpredecessor\tconfidence\tverdict\treason")
    for k, r in enumerate(picked, 1):
        s = _best_source(r)
        print(f"{k}\t{_row_fields(r, s)}\t{r['predecessor_name'] or '-'}\t{r['confidence']}\t\t")
        if args.text:
            _print_sentence(texts, s)
    return 0


def _judged_ids(paths: list[str]) -> set[str]:
    """The change ids of judgements files (left out of a new sample: they were read before)."""
    return {r["change_id"] for path in paths for r in _read_judgements(path)}


def _read_judgements(path: str) -> list[dict[str, str]]:
    """The rows of a judgements file (tab-separated, "#" lines are its header notes)."""
    with open(path, encoding="utf-8") as fh:
        return list(csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t"))


def cmd_score(args: argparse.Namespace) -> int:
    judged = [r for r in _read_judgements(args.file) if r["verdict"] in ("ok", "wrong")]
    ok = sum(r["verdict"] == "ok" for r in judged)
    print(f"{args.file}: {ok}/{len(judged)} learned changes correct, precision {ok / max(1, len(judged)):.3f}")
    facts = [r for r in judged if "duplicate of" not in (r.get("reason") or "")]
    if len(facts) < len(judged):  # the reader marked rows that repeat another row's fact
        ok = sum(r["verdict"] == "ok" for r in facts)
        print(f"  distinct facts (rows the reader marked as duplicates left out): {ok}/{len(facts)}, "
              f"precision {ok / max(1, len(facts)):.3f}")
    return 0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sample", help="run the offices stage on SaudiNewsNet days and print learned changes")
    s.add_argument("--from", dest="day_from", default="2015-08-01")
    s.add_argument("--to", dest="day_to", default="2015-08-11")
    s.add_argument("--articles", type=int, default=400, help="at most this many articles with a change word")
    s.add_argument("--skip", type=int, default=0, help="leave out the first N candidate articles of each day "
                   "(a pool not read before)")
    s.add_argument("--n", type=int, default=45, help="how many learned changes to print")
    s.add_argument("--seed", type=int, default=19)
    s.add_argument("--text", action="store_true", help="print each source sentence (for the reader only)")
    s.add_argument("--exclude", nargs="*", default=[], metavar="TSV",
                   help="judgements files whose change ids are left out (read before)")
    s.set_defaults(func=cmd_sample)
    b = sub.add_parser("below", help="the changes read but not learned, with the reasons (doubts, no owner)")
    b.add_argument("--from", dest="day_from", default="2015-08-01")
    b.add_argument("--to", dest="day_to", default="2015-08-11")
    b.add_argument("--articles", type=int, default=400, help="at most this many articles with a change word")
    b.add_argument("--skip", type=int, default=0)
    b.add_argument("--n", type=int, default=60, help="how many to print (fixed-seed order)")
    b.add_argument("--seed", type=int, default=19)
    b.add_argument("--kind", nargs="*", default=[], help="only these changes (appointed, named, elected, …)")
    b.add_argument("--text", action="store_true", help="print each source sentence (for the reader only)")
    b.set_defaults(func=cmd_below)
    c = sub.add_parser("score", help="precision of a judgements file")
    c.add_argument("file")
    c.set_defaults(func=cmd_score)
    args = p.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
