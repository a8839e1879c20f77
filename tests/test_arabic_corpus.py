"""Invariants of the Arabic text layer checked over real news text (SaudiNewsNet).

Reads ../shared/data/saudinewsnet at run time and skips when it is absent.
"""

from __future__ import annotations

import json
import zipfile

import pytest
from conftest import shared_path

from marsad.arabic import normalize, normalize_with_offsets, split_sentences, to_original_span, tokenize


@pytest.fixture(scope="module")
def articles() -> list[str]:
    zips = sorted(shared_path("data", "saudinewsnet").glob("*.zip"))
    if not zips:
        pytest.skip("no SaudiNewsNet zip under ../shared/data/saudinewsnet")
    texts: list[str] = []
    for zpath in zips[-2:]:
        with zipfile.ZipFile(zpath) as zf:
            records = json.loads(zf.read(zf.namelist()[0]).decode("utf-8"))
        texts += [f"{r.get('title') or ''}\n{r.get('content') or ''}" for r in records[:150]]
    return texts


def test_offsets_map_every_normalised_word_back(articles):
    for text in articles:
        norm, offsets = normalize_with_offsets(text)
        assert len(offsets) == len(norm) + 1 and offsets[-1] == len(text)
        pos = 0
        for word in norm.split():
            start = norm.index(word, pos)
            pos = start + len(word)
            s, e = to_original_span(offsets, start, pos)
            assert normalize(text[s:e]) == word


def test_tokens_cover_the_text_and_stems_rebuild_the_word(articles):
    for text in articles:
        tokens = tokenize(text)
        prev_end = 0
        for t in tokens:
            assert text[t.start : t.end] == t.text
            assert t.start >= prev_end and text[prev_end : t.start].strip() == ""
            prev_end = t.end
            if t.is_arabic:
                assert t.stem, t
                # prefix + stem is the word, except that "لل" may stand for ل + ال.
                assert t.norm == t.prefix + t.stem or (
                    t.stem.startswith("ا") and t.norm == t.prefix + t.stem[1:]
                ), t
        assert text[prev_end:].strip() == ""


def test_sentences_are_ordered_trimmed_and_cover_all_text(articles):
    for text in articles:
        spans = split_sentences(text)
        prev_end = 0
        for s, e in spans:
            assert prev_end <= s < e <= len(text)
            assert not text[s].isspace() and not text[e - 1].isspace()
            assert text[prev_end:s].strip() == ""  # nothing is dropped between sentences
            prev_end = e
        assert text[prev_end:].strip() == ""
        assert all("\n" not in text[s:e] for s, e in spans)
