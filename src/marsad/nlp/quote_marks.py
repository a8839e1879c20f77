"""Quotation marks and tokens for quote finding: a fast tokenizer with folded forms, and mark pairing.

Arabic news mixes every quotation style (" " “ ” « » ‘ ’ „), often with the
"wrong" mark on one side (”صداقة ...”) or a stray mark left by an editor;
``pair_quotes`` pairs marks by their context inside one paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from marsad.nlp.speech_lexicon import fold_letters
from marsad.nlp.speech_lexicon import MARKS_RE as _MARKS_RE

__all__ = ["QUOTE_MARKS", "Tok", "tokenize", "pair_quotes", "split_sentences_fallback"]

QUOTE_MARKS = frozenset('"“”«»„‟‘’')
_MARK_RE = re.compile("[" + "".join(sorted(QUOTE_MARKS)) + "]")
_TOKEN_RE = re.compile(r"[\w\u0610-\u061a\u064b-\u065f\u0670\u0640]+|[^\w\s]")


@dataclass(slots=True)
class Tok:
    """A token: ``text[start:end]``, its folded form ``f`` and ``s`` (f without a leading و/ف)."""

    start: int
    end: int
    f: str
    s: str
    word: bool


def tokenize(text: str, spans: list[tuple[int, int]] | None = None, folded: str | None = None) -> list[Tok]:
    """Words and single punctuation marks of ``text`` (or of its ``spans`` only) with offsets and folded forms.

    ``folded`` is ``fold_letters(text)`` when the caller already has it.
    """
    out = []
    # Folding letters keeps offsets, so fold the whole text once; only diacritics need a per-word pass.
    folded = fold_letters(text) if folded is None else folded
    marks = _MARKS_RE.search(text) is not None
    for lo, hi in spans if spans is not None else [(0, len(text))]:
        for m in _TOKEN_RE.finditer(folded, lo, hi):
            a, b = m.span()
            f = m.group()
            word = f[0].isalnum() or f[0] == "_"
            if word and marks:
                f = _MARKS_RE.sub("", f)
                if not f:
                    continue
            s = f[1:] if word and len(f) > 3 and f[0] in "وف" else f
            out.append(Tok(a, b, f, s, word))
    return out


def _mark_role(text: str, i: int, lo: int, hi: int) -> str | None:
    """Whether the quote mark at ``i`` can open, close, or either (None: an apostrophe)."""
    c = text[i]
    if c == "«":
        return "open"
    if c == "»":
        return "close"
    p = text[i - 1] if i > lo else " "
    n = text[i + 1] if i + 1 < hi else " "
    p_word, n_word = p.isalnum(), n.isalnum()
    if c in "’‘" and p_word and n_word:
        return None  # O’Carroll
    # A one-letter proclitic glued to the mark (و”صداقة, ب"...) still opens.
    proclitic = p_word and p in "وبلفك" and (i - 1 == lo or not text[i - 2].isalnum())
    can_open = not n.isspace() and (not p_word or proclitic)
    can_close = not p.isspace() and not n_word
    if can_open and not can_close:
        return "open"
    if can_close and not can_open:
        return "close"
    return "either"


def pair_quotes(text: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int]]:
    """Pairs (opening mark, closing mark) of quotation marks in ``text[lo:hi]`` (one paragraph).

    Any mark may pair with any other (“...” «...» "..." ”...” mixed styles
    occur); a stray mark with no partner is dropped rather than swallowing the
    rest of the paragraph.
    """
    hi = len(text) if hi is None else hi
    pairs: list[tuple[int, int]] = []
    open_at: int | None = None
    for m in _MARK_RE.finditer(text, lo, hi):
        i = m.start()
        role = _mark_role(text, i, lo, hi)
        if role is None:
            continue
        if open_at is None:
            if role != "close":
                open_at = i
        elif role != "open":
            pairs.append((open_at, i))
            open_at = None
        else:
            open_at = i  # the earlier opener was stray
    return pairs


def split_sentences_fallback(text: str) -> list[tuple[int, int]]:
    """Sentences by ``marsad.arabic.split_sentences``, or by end marks when the text layer is absent."""
    try:
        from marsad.arabic import split_sentences
    except ImportError:  # the text layer is optional for this module
        out, start = [], 0
        for m in re.finditer(r"[.!?؟]+(?=\s|$)|\n", text):
            if text[start:m.end()].strip():
                out.append((start, m.end()))
            start = m.end()
        if text[start:].strip():
            out.append((start, len(text)))
        return out
    return split_sentences(text)
