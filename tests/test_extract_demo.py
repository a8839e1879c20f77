"""The bundled demo corpus (our own fictional news) extracts to the facts planted in ``demo/expected.json``.

Every file — scraped text with a masthead, a menu and "CITY - AUTHOR" bylines, HTML pages, JSON Lines
records — must come out with its outlet, headline, publication day and authors, both as ingest runs it (one
ExtractContext for the whole folder) and one document at a time.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from marsad.demo.run import corpus_path
from marsad.extract import ExtractContext, extract
from marsad.ingest.sources import walk
from marsad.models import Article, RawDocument

EXPECTED = json.loads((corpus_path().parent / "expected.json").read_text(encoding="utf-8"))["articles"]


def squeeze(text: str | None) -> str:
    return " ".join((text or "").split())


def key_of(raw: RawDocument) -> str:
    """``expected.json`` key of a document: the file name, with ``#N`` for a JSON Lines record."""
    return Path(raw.origin).name


def extract_corpus(with_context: bool) -> dict[str, Article]:
    context = ExtractContext() if with_context else None
    out: dict[str, Article] = {}
    for raw in walk([str(corpus_path())]):
        assert isinstance(raw, RawDocument), f"the demo corpus must read cleanly: {raw}"
        articles = extract(raw, None, context)
        assert [a.index for a in articles] == [0], f"{raw.origin}: one article expected"
        out[key_of(raw)] = articles[0]
    return out


@pytest.fixture(scope="module", params=[True, False], ids=["batch-context", "one-by-one"])
def corpus(request) -> dict[str, Article]:
    return extract_corpus(request.param)


def test_every_planted_article_is_extracted(corpus):
    assert set(corpus) == set(EXPECTED)


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_title_outlet_date_and_authors_match_the_planted_facts(corpus, key):
    want, got = EXPECTED[key], corpus[key]
    assert squeeze(got.title) == squeeze(want["title"])
    assert squeeze(got.outlet) == squeeze(want["outlet_name"])
    assert (got.published_at or "")[:10] == want["published"]
    assert [squeeze(a) for a in got.authors] == [squeeze(a) for a in want["authors"]]


def test_scraped_pages_keep_masthead_byline_and_title_out_of_the_text(corpus):
    for key, want in EXPECTED.items():
        if want["format"] != "txt":
            continue
        paragraphs = [squeeze(p) for p in corpus[key].text.split("\n\n")]
        assert want["outlet_name"] not in paragraphs, key  # the masthead is metadata
        assert squeeze(want["title"]) not in paragraphs, key
        # A byline ("كتب: فلان", "عمّان - فلان") is read into authors, not left as a short paragraph.
        assert not [p for p in paragraphs if len(p.split()) <= 6 and any(a in p for a in want["authors"])], key
