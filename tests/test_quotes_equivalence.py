"""The fast quote finder finds exactly the quotes of its plainly written reference, on real news.

SaudiNewsNet articles are read at run time from ../shared (the test skips without it): every quote's offsets,
label, speaker, cue, content and channel must agree.  ``benchmarks/bench_quotes.py --check`` runs the same
comparison on a thousand articles or more, with NER and linking mentions.
"""

from __future__ import annotations

import json
import zipfile

from marsad.arabic.stages import SENTENCES
from marsad.models import Article, Doc
from marsad.pipeline.stage import Resources

from conftest import shared_path
from quotes_reference import compare

HELD_OUT = "2015-08-09"  # kept for an independent reading of the quote output: never read here


def _articles(limit: int) -> list[str]:
    """Every 5th non-empty article of each day, up to ``limit``: several days and outlets, not one day's first."""
    out: list[str] = []
    for path in sorted(shared_path("data", "saudinewsnet").glob("*.zip")):
        if HELD_OUT in path.name:
            continue
        with zipfile.ZipFile(path) as zf:
            for name in sorted(n for n in zf.namelist() if n.endswith(".json")):
                records = json.loads(zf.read(name).decode("utf-8"))
                out += [r["content"] for r in records[::5] if r.get("content")][:20]
        if len(out) >= limit:
            break
    return out[:limit]


def test_fast_quote_finder_matches_reference_on_news():
    res = Resources()
    triples = []
    for i, text in enumerate(_articles(200)):
        doc = Doc(Article(id=str(i), raw_id=str(i), text=text))
        SENTENCES.func(doc, res)
        triples.append((text, [(s.start, s.end) for s in doc.layers.get("sentence", [])], []))
    n, n_quotes, differ = compare(triples)
    assert n == 200 and n_quotes > 300  # real news with many quotes, not a skipped or empty load
    assert differ == []
