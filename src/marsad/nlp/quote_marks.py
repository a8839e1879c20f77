"""Quotation marks and tokens for quote finding: the token types, and mark pairing (``quote_tokens`` tokenizes).

Arabic news mixes every quotation style (" " “ ” « » ‘ ’ „), often with the
"wrong" mark on one side (”صداقة ...”) or a stray mark left by an editor;
``pair_quotes`` pairs marks by their context inside one paragraph.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

__all__ = ["QUOTE_MARKS", "Tok", "Tokens", "Unprefixed", "mark_positions", "pair_quotes", "split_sentences_fallback"]

QUOTE_MARKS = frozenset('"“”«»„‟‘’')
_MARK_RE = re.compile("[" + "".join(sorted(QUOTE_MARKS)) + "]")


@dataclass(slots=True)
class Tok:
    """A token: ``text[start:end]``, its folded form ``f`` and ``s`` (f without a leading و/ف), and whether it is a
    word (else a punctuation mark)."""

    start: int
    end: int
    f: str
    s: str
    word: bool


class Unprefixed:
    """The folded forms of a token list without a leading و/ف (on words of four letters or more: "وقال" → "قال"),
    as a read-only sequence computed on access: the quote finder reads this form for a few tokens only (cue
    candidates, speaker heads), so building it for every token cost more than all its reads."""

    __slots__ = ("_f",)

    def __init__(self, f: list[str]):
        self._f = f

    def __len__(self) -> int:
        return len(self._f)

    def __getitem__(self, k: int) -> str:
        w = self._f[k]
        return w[1:] if len(w) > 3 and w[0] in "وف" else w

    def __eq__(self, other: object) -> bool:
        return list(self) == list(other) if isinstance(other, (list, Unprefixed)) else NotImplemented

    __hash__ = None  # type: ignore[assignment]  # equal to a list: unhashable like one

    def __repr__(self) -> str:
        return f"Unprefixed({list(self)!r})"


@dataclass(slots=True)
class Tokens:
    """Tokens as parallel lists: token k is ``text[start[k]:end[k]]`` with folded forms ``f[k]``, ``s[k]`` and
    ``word[k]`` as in ``Tok``.  Lists of strings and integers cost far less to build than an object per token, and
    the quote finder looks at most tokens only through a set or list test."""

    start: list[int]
    end: list[int]
    f: list[str]
    s: Unprefixed  # f without a leading و/ف, computed on access
    word: list[bool]

    def __len__(self) -> int:
        return len(self.f)

    def at(self, k: int) -> Tok:
        """Token k as one object (for code that reads one token's fields together)."""
        w = self.f[k]  # s as Unprefixed gives it, inline (at is called often)
        return Tok(self.start[k], self.end[k], w, w[1:] if len(w) > 3 and w[0] in "وف" else w, self.word[k])


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


def mark_positions(text: str) -> list[int]:
    """Offsets of the quotation marks in ``text``, in order (found by ``str.find``: far cheaper than a regular
    expression scan, and most texts hold one or two kinds of mark)."""
    out = []
    for mark in QUOTE_MARKS:
        i = text.find(mark)
        while i >= 0:
            out.append(i)
            i = text.find(mark, i + 1)
    out.sort()
    return out


def pair_quotes(text: str, lo: int = 0, hi: int | None = None, marks: list[int] | None = None) -> list[tuple[int, int]]:
    """Pairs (opening mark, closing mark) of quotation marks in ``text[lo:hi]`` (one paragraph).

    Any mark may pair with any other (“...” «...» "..." ”...” mixed styles
    occur); a stray mark with no partner is dropped rather than swallowing the
    rest of the paragraph.  ``marks``: the offsets of all the marks of ``text`` (``mark_positions``), when
    the caller has them.
    """
    hi = len(text) if hi is None else hi
    if marks is None:
        marks = [m.start() for m in _MARK_RE.finditer(text, lo, hi)]
    pairs: list[tuple[int, int]] = []
    open_at: int | None = None
    for i in marks[bisect_left(marks, lo):bisect_left(marks, hi)]:
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
