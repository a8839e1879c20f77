"""Speed of the knowledge base and entity linking.

Prints: KB load time (read + index), and tokens/s of gazetteer matching and
of full linking (gazetteer + role phrases + partial names + record building)
over SaudiNewsNet articles read from ../shared/data/saudinewsnet/*.zip.

    nice .venv/bin/python benchmarks/bench_linking.py [--articles 3000]

Target: linking is not the pipeline's bottleneck (>= 50k tokens/s).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # benchmarks/common.py, from any working directory
from common import have_data, load_records  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=3000)
    args = ap.parse_args()
    if not have_data():
        return 0

    from marsad.models import Article, Doc
    from marsad.nlp.gazetteer import tokenize
    from marsad.nlp.kb.kb import KB_PATH, load_kb, read_kb_file
    from marsad.nlp.linking import link_doc

    t0 = time.perf_counter()
    ents = read_kb_file(KB_PATH)
    t1 = time.perf_counter()
    kb = load_kb()
    t2 = time.perf_counter()
    print(f"KB: {len(kb.entities)} entities, {len(kb.exact)} exact keys, {len(kb.fuzzy)} fuzzy keys, file {KB_PATH.stat().st_size / 1e3:.0f} kB")
    print(f"KB load: read {1e3 * (t1 - t0):.0f} ms, read+index {1e3 * (t2 - t1):.0f} ms")
    del ents

    docs = load_records(args.articles)
    texts = [(d.get("title") or "") + "\n" + (d.get("content") or "") for d in docs]
    n_tokens = sum(len(tokenize(t)) for t in texts)
    print(f"corpus: {len(texts)} SaudiNewsNet articles, {n_tokens:,} tokens")

    gaz = kb.gazetteer()
    t0 = time.perf_counter()
    n_matches = sum(len(gaz.find(t)) for t in texts)
    t1 = time.perf_counter()
    print(f"gazetteer (tokenize + match, cold word caches): {n_tokens / (t1 - t0):,.0f} tokens/s, {n_matches:,} matches")

    t0 = time.perf_counter()
    n_mentions = 0
    sources: dict[str, int] = {}
    for i, (t, d) in enumerate(zip(texts, docs)):
        doc = Doc(Article(id=str(i), raw_id=str(i), text=t, published_at=(d.get("date_extracted") or "")[:10] or None))
        for s in link_doc(doc, kb):
            n_mentions += 1
            sources[s.data["source"]] = sources.get(s.data["source"], 0) + 1
    t1 = time.perf_counter()
    print(f"linking (link_doc): {n_tokens / (t1 - t0):,.0f} tokens/s, {(t1 - t0) / len(texts) * 1e3:.2f} ms/article, {n_mentions:,} mentions {sources}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
