"""Speed and memory of NER (each profile) and of NER + linking end to end, over SaudiNewsNet.

    .venv/bin/python benchmarks/bench_ner.py [--days N] [--limit N] [--profile accurate|fast|both]

Reads ../shared/data/saudinewsnet/*.zip (JSON lists with "content").
For each profile prints the model's load time, peak memory (RSS), and
tokens/s, single core, for (a) ``tag_many`` on pre-tokenized sentences,
cold and warm word cache, ``tag_documents`` with each article a document
(the accurate profile's document pass, ``document.py``), and both on one
long sentence (a text without punctuation: the cost of a sentence should
grow with its length, not faster), and (b) end to end: sentence splitting, the NER
stage and the linking stage on each article (cold caches), which is what
``marsad process`` runs per article.  Rates are given per second of the
process's CPU time ("per core": what one core does, even when other jobs
share the machine) and per second of wall time.  Peak RSS is the process's,
so the second profile's figure includes the first's.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # benchmarks/common.py, from any working directory
from common import have_data, load_records  # noqa: E402

T_START = time.perf_counter()
from marsad.nlp.ner.tagger import PROFILES, _load, _load_pair, load_tagger  # noqa: E402  (timed import)

T_IMPORTED = time.perf_counter()

# A text with no sentence punctuation is one sentence however long: these words, repeated.
LONG_WORDS = "وصل الوفد التجاري إلى ميناء ينبع واجتمع بممثلي الشركات المحلية لمناقشة عقود التوريد".split()
LONG_TOKENS = 40_000


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load(days: int, limit: int) -> list[str]:
    """Non-empty contents among the first ``limit`` articles of the first ``days`` daily zips."""
    return [t for r in load_records(limit, days) if (t := r.get("content"))]


class Clock:
    """CPU and wall time of a block."""

    def __enter__(self) -> "Clock":
        self.cpu, self.wall = time.process_time(), time.perf_counter()
        return self

    def __exit__(self, *exc) -> None:
        self.cpu, self.wall = time.process_time() - self.cpu, time.perf_counter() - self.wall

    def rate(self, n: int) -> str:
        return f"{n / self.cpu:,.0f} tokens/s per core ({n / self.wall:,.0f} per wall second)"


def bench(profile: str, texts: list[str], docs: list[list[list[str]]], ntok: int) -> None:
    from marsad.arabic.stages import SENTENCES
    from marsad.models import Article, Doc
    from marsad.nlp.linking import LINK
    from marsad.nlp.ner.tagger import NER
    from marsad.pipeline.stage import Resources

    _load.cache_clear()
    _load_pair.cache_clear()
    with Clock() as c:
        tagger = load_tagger(profile=profile)
    size = PROFILES[profile].stat().st_size / 1e6
    print(f"== {profile}: {tagger.describe()}; model file {size:.1f} MB, load {c.cpu:.2f} s CPU "
          f"({c.wall:.2f} s wall), peak RSS after load {peak_mb():.0f} MB")
    sents = [s for doc in docs for s in doc]
    for run in ("cold word cache", "warm word cache"):
        with Clock() as c:
            n_ent = sum(tag.startswith("B-") for tags in tagger.tag_many(sents) for tag in tags)
        print(f"tag_many, {run}: {c.rate(ntok)} ({n_ent:,} entities)")
    with Clock() as c:
        n_ent = sum(tag.startswith("B-") for doc in tagger.tag_documents(docs) for tags in doc for tag in tags)
    print(f"tag_documents (each article a document), warm word cache: {c.rate(ntok)} ({n_ent:,} entities)")
    long = (LONG_WORDS * (LONG_TOKENS // len(LONG_WORDS) + 1))[:LONG_TOKENS]
    with Clock() as c:
        tagger.tag_many([long])
    print(f"tag_many, one sentence of {len(long):,} tokens: {c.cpu:.1f} s CPU, {c.rate(len(long))}")
    with Clock() as c:
        tagger.tag_documents([[long]])
    print(f"tag_documents, one sentence of {len(long):,} tokens: {c.cpu:.1f} s CPU, {c.rate(len(long))}")
    _load.cache_clear()
    _load_pair.cache_clear()
    res = Resources(settings={"ner_profile": profile})
    docs = [Doc(Article(id=f"b{i}", raw_id=f"b{i}", text=text)) for i, text in enumerate(texts)]
    res.get("kb", lambda: __import__("marsad.nlp.kb", fromlist=["load_kb"]).load_kb())
    res.get("ner", lambda: load_tagger(profile=profile))  # loaded before the clock starts (timed above)
    n_mentions = 0
    with Clock() as c:
        for doc in docs:
            SENTENCES.func(doc, res)
            NER.func(doc, res)
            LINK.func(doc, res)
            n_mentions += len(doc.layer("mention"))
    print(f"end to end (sentences + NER + linking, cold word cache): {c.rate(ntok)} "
          f"({n_mentions:,} linked mentions); peak RSS {peak_mb():.0f} MB")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--days", type=int, default=2, help="daily zips to read (default 2)")
    ap.add_argument("--limit", type=int, default=1000, help="max articles (default 1000)")
    ap.add_argument("--profile", choices=("accurate", "fast", "both"), default="both")
    args = ap.parse_args(argv)
    if not have_data():
        return 0
    from marsad.arabic import split_sentences
    from marsad.nlp.ner.lexicon import tokenize

    print(f"import {T_IMPORTED - T_START:.2f} s")
    texts = load(args.days, args.limit)
    docs = []
    for text in texts:
        docs.append([toks for s, e in split_sentences(text) if (toks := [t.text for t in tokenize(text[s:e])])])
    ntok = sum(len(s) for doc in docs for s in doc)
    print(f"{len(texts)} articles, {sum(map(len, docs))} sentences, {ntok:,} tokens")
    for profile in ("accurate", "fast") if args.profile == "both" else (args.profile,):
        bench(profile, texts, docs, ntok)
    return 0


if __name__ == "__main__":
    sys.exit(main())
