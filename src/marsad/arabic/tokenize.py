"""Regex tokenizer for Arabic news text with name-safe proclitic splitting.

Tokens are words (Arabic or other scripts), numbers (``2024``, ``3.5``,
``19/6/2024``, ``١٢٫٥``), URLs, and single punctuation marks.  Each Arabic
token carries its normalised form (``norm``), the proclitics found on it
(``prefix``: و ف ب ك ل, their combinations, and the article ال) and the
remaining ``stem``, all in the normalised alphabet.

Clitic splitting never trusts the letters alone — ``بوتين`` is not ب+وتين.
A clitic is stripped only when the lexicon (see :mod:`marsad.arabic.clitics`)
supports it; see :func:`marsad.arabic.clitics.split_clitics`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache, wraps
from itertools import accumulate
from typing import Callable, TypeVar

from marsad.arabic.clitics import split_clitics, split_with_context
from marsad.arabic.lexicon import default_lexicon
from marsad.arabic.normalize import _KEEP_HAMZA_TABLE, _TABLE
from marsad.errors import InputError

__all__ = ["Token", "tokenize", "TOKEN_RE", "ARABIC_LETTERS", "remember_last_text", "splitter", "matches"]

T = TypeVar("T")


def remember_last_text(min_chars: int = 200) -> Callable[[Callable[[str], list[T]]], Callable[[str], list[T]]]:
    """A tokenizer that keeps the tokens of the last text at least ``min_chars`` long.

    Several stages tokenize the same article one after another: the second call returns a new list of the same
    tokens instead of tokenizing again. Callers must treat the tokens as read-only.
    """

    def wrap(func: Callable[[str], list[T]]) -> Callable[[str], list[T]]:
        last: list[tuple[str, list[T]]] = [("", [])]

        @wraps(func)
        def tokens(text: str) -> list[T]:
            if len(text) < min_chars:
                return func(text)
            last_text, last_toks = last[0]
            if text is last_text or text == last_text:
                return list(last_toks)
            toks = func(text)
            last[0] = (text, toks)
            return list(toks)

        return tokens

    return wrap


def splitter(pattern: re.Pattern[str], first: str = "") -> re.Pattern[str]:
    """``pattern`` as one capturing group (its own groups made non-capturing), for :func:`matches`.

    ``first``, when given, is a character class that every match of ``pattern`` starts with (``\\S`` for a
    pattern none of whose alternatives starts with a space): the split pattern reads it ahead before trying
    the alternatives, so a character no match starts on (a space, mostly) is passed over at once.  The same
    matches (tests/test_speed47.py); the NER tokenizer's sentences of 600 articles: about a fifth less
    time, the event tokenizer's articles some 5-15% less."""
    inner = re.sub(r"\(\?P<\w+>", "(?:", pattern.pattern)
    out = re.compile(f"((?={first})(?:{inner}))" if first else "(" + inner + ")", pattern.flags)
    if out.groups != 1:
        raise ValueError(f"cannot split by {pattern.pattern!r}: it has groups of its own")
    return out


def matches(split_re: re.Pattern[str], text: str) -> tuple[list[str], list[int], list[int], list[str]]:
    """(match texts, starts, ends, the text before each match since the previous one) of the pattern
    ``split_re`` was made from (:func:`splitter`): its matches by ``finditer`` in the same order, found by one
    ``split`` and offsets summed in C, without a match object a token (the NER and gazetteer tokenizers over a
    day's texts: about a fifth less CPU time).  The pattern must not match the empty string."""
    parts = split_re.split(text)
    ends = list(accumulate(map(len, parts)))
    return parts[1::2], ends[0:-1:2], ends[1::2], parts[0:-1:2]


# Arabic letters (base + extended letters used for Persian/Urdu names), plus the
# marks and tatweel that may sit inside a word.
ARABIC_LETTERS = "\u0621-\u063a\u0641-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06fc\u06ff\u0750-\u077f\ufb50-\ufdfb\ufe70-\ufefc"
_ARABIC_MARKS = "\u0610-\u061a\u0640\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u08d3-\u08ff\u200c\u200d"
_ARABIC_RANGES = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"

TOKEN_RE = re.compile(
    r"(?P<url>(?:https?://|www\.)[^\s<>\"«»]+[^\s<>\"«».,;:!?،؛؟)\]}'’”])"
    r"|(?P<email>[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)"
    # Numbers: keep decimals, dates, times and ranges together (2024.5, 19/6/2024, 10:30).
    rf"|(?P<num>\d+(?:[.,:/\-\u066b\u066c]\d+)*)"
    rf"|(?P<ar>[{ARABIC_LETTERS}](?:[{ARABIC_LETTERS}{_ARABIC_MARKS}])*)"
    # Acronyms with dots (U.S., U.N.) stay whole; other letters of any script form words,
    # joined by an inner apostrophe or hyphen (O'Brien, Jean-Yves).
    rf"|(?P<abbr>(?:[A-Za-z]\.){{2,}})"
    rf"|(?P<word>[^\W\d_{_ARABIC_RANGES}]+(?:['’\-][^\W\d_{_ARABIC_RANGES}]+)*)"
    r"|(?P<ellipsis>\.{2,}|…)"
    r"|(?P<punct>[^\s\w]|_)"
    r"|(?P<other>[^\s])"
)


@dataclass(slots=True)
class Token:
    """A token of ``text[start:end]``.

    ``norm`` is the normalised surface, ``prefix`` the normalised proclitics
    (``"و"``, ``"وال"``, ``"لل"``; ``""`` if none) and ``stem`` the normalised
    word without them.  ``stem`` is a matching form: for ``للمانيا`` it is
    ``المانيا`` (the article's alef restored), not a substring.
    """

    text: str
    start: int
    end: int
    norm: str
    stem: str
    prefix: str
    is_arabic: bool
    is_punct: bool
    is_digit: bool


_AR = TOKEN_RE.groupindex["ar"]
_NUM = TOKEN_RE.groupindex["num"]
_PUNCT = (TOKEN_RE.groupindex["punct"], TOKEN_RE.groupindex["ellipsis"])
_CLITIC_LETTERS = frozenset("وفبلك")


@lru_cache(maxsize=262144)
def _analyse_arabic(surface: str) -> tuple[str, str, str, bool]:
    """``(norm, stem, prefix, retry)`` for an Arabic word; ``retry`` marks unknown
    words that may still carry a clitic (see :func:`_resplit_unknown`)."""
    norm = surface.translate(_TABLE)
    prefix, stem = split_clitics(norm, surface.translate(_KEEP_HAMZA_TABLE))
    retry = (
        not prefix
        and len(norm) >= 4
        and norm[0] in _CLITIC_LETTERS
        and not default_lexicon().known(norm)
    )
    return norm, stem, prefix, retry


def _no_clitics(surface: str) -> tuple[str, str, str, bool]:
    norm = surface.translate(_TABLE)
    return norm, norm, "", False


def tokenize(text: str, *, clitics: bool = True) -> list[Token]:
    """Split ``text`` into tokens with normalised forms and clitic analysis.

    Args:
        text: the text to split.
        clitics: analyse proclitics (``prefix``/``stem``); with ``False`` the
            stem is the normalised word and the prefix is empty — faster when
            only token boundaries are needed.

    Raises:
        InputError: if ``text`` is not a string.
    """
    if not isinstance(text, str):
        raise InputError(f"tokenize expects str, got {type(text).__name__}")
    out: list[Token] = []
    append = out.append
    analyse = _analyse_arabic if clitics else _no_clitics
    retry: list[Token] = []
    for m in TOKEN_RE.finditer(text):
        kind = m.lastindex
        surface = m.group()
        if kind == _AR:
            norm, stem, prefix, again = analyse(surface)
            tok = Token(surface, m.start(), m.end(), norm, stem, prefix, True, False, False)
            if again:
                retry.append(tok)
            append(tok)
        else:
            norm = surface.translate(_TABLE)
            append(Token(surface, m.start(), m.end(), norm, norm, "", False, kind in _PUNCT, kind == _NUM))
    if retry:
        _resplit_unknown(out, retry)
    return out


def _resplit_unknown(tokens: list[Token], candidates: list[Token]) -> None:
    """Second chance for unknown words: a clitic whose rest appears bare in the same text."""
    lex = default_lexicon()
    context = {t.norm for t in tokens if t.is_arabic}
    for t in candidates:
        split = split_with_context(t.norm, context, lex)
        if split is not None:
            t.prefix, t.stem = split
