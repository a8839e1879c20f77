"""speed47: the tokenizers' split patterns that read a match's first character ahead find the very tokens of their
pattern (texts written for these tests: every character of the Basic Multilingual Plane in a few settings)."""

from __future__ import annotations

import re

import pytest

from marsad.arabic.tokenize import TOKEN_RE, matches, splitter


def _every_character_text() -> str:
    """Every character of the Basic Multilingual Plane (no surrogates) alone between spaces, after an Arabic word,
    before a digit and a mark, and after a deleted mark (\\x01) — where a token may start on it, or run on over it."""
    chars = [chr(c) for c in range(1, 0x10000) if not 0xD800 <= c <= 0xDFFF]
    return "".join(f" {c} كتب{c}5{c}\u064e\x01{c}ب \u00a0{c}\n" for c in chars)


def _finditer(pattern: re.Pattern[str], text: str) -> tuple[list[str], list[int], list[int]]:
    found = list(pattern.finditer(text))
    return [m.group() for m in found], [m.start() for m in found], [m.end() for m in found]


@pytest.mark.parametrize("which", ["ner", "events"])
def test_split_patterns_find_the_tokens_of_their_pattern(which):
    """The NER and event tokenizers split by their pattern with a look-ahead for a non-space first character: the
    same tokens (text and offsets) as the pattern's own matches, whatever the character (a wrong look-ahead, such
    as ``\\w``, loses the punctuation tokens)."""
    if which == "ner":
        from marsad.nlp.ner.lexicon import _TOKEN_SPLIT_RE as split_re
        pattern = TOKEN_RE
    else:
        from marsad.nlp.events.analysis import _FOLDED_SPLIT_RE as split_re
        from marsad.nlp.events.analysis import _FOLDED_TOKEN_RE as pattern
    assert "(?=" in split_re.pattern  # the look-ahead is there
    text = _every_character_text()
    words, starts, ends, _gaps = matches(split_re, text)
    assert (words, starts, ends) == _finditer(pattern, text)
    wrong = splitter(pattern, first=r"\w")
    assert matches(wrong, text)[0] != words


def test_splitter_without_first_is_the_pattern_alone():
    """``splitter`` without ``first`` adds no look-ahead: a pattern whose matches may start with a space keeps them."""
    pattern = re.compile(r"\s*[a-z]+")
    split_re = splitter(pattern)
    assert matches(split_re, "ab  cd")[0] == ["ab", "  cd"]
