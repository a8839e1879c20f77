"""Quotation marks and tokens for quote finding: a fast tokenizer with folded forms, and mark pairing.

Arabic news mixes every quotation style (" " “ ” « » ‘ ’ „), often with the
"wrong" mark on one side (”صداقة ...”) or a stray mark left by an editor;
``pair_quotes`` pairs marks by their context inside one paragraph.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import accumulate
from operator import itemgetter

from marsad.nlp.speech_lexicon import fold_letters

__all__ = ["QUOTE_MARKS", "Tok", "Tokens", "Unprefixed", "tokenize", "first_words", "mark_positions", "pair_quotes",
           "split_sentences_fallback"]

QUOTE_MARKS = frozenset('"“”«»„‟‘’')
_MARK_RE = re.compile("[" + "".join(sorted(QUOTE_MARKS)) + "]")
# Word characters plus the diacritics and tatweel that may sit inside an Arabic word (all removed by folding).
_IN_WORD_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u0640"
# A token is a run of word characters and diacritics, or one other non-space character.
_TOKEN_RE = re.compile(r"[\w" + _IN_WORD_MARKS + r"]+|[^\w\s]")
_SPLIT_RE = re.compile("(" + _TOKEN_RE.pattern + ")")  # split: [gap, token, gap, token, ..., gap]
_IN_WORD_MARKS_RE = re.compile("[" + _IN_WORD_MARKS + "]")
_first_char = itemgetter(0)


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


def tokenize(text: str, spans: list[tuple[int, int]] | None = None, folded: str | None = None) -> Tokens:
    """Words and single punctuation marks of ``text`` (or of its ``spans`` only) with offsets and folded forms.

    ``folded`` is ``fold_letters(text)`` when the caller already has it.  A word's ``f`` has no diacritics or
    tatweel; a word of nothing but tatweel is dropped.
    """
    # Folding letters keeps offsets, so fold the whole text once.  Each span is split at its tokens by one regular
    # expression call, and offsets and word flags come from C loops over whole lists; only the rare words holding a
    # diacritic or tatweel are visited one by one.  The forms without و/ف are found when read (``Unprefixed``).
    folded = fold_letters(text) if folded is None else folded
    spans = spans if spans is not None else [(0, len(text))]
    raw: list[str] = []  # token texts, in order
    starts: list[int] = []
    ends: list[int] = []
    for lo, hi in spans:
        parts = _SPLIT_RE.split(folded[lo:hi])  # gap, token, gap, token, ..., gap
        n = len(parts)
        bounds = list(accumulate(map(len, parts), initial=lo))  # where each gap and token starts
        raw += parts[1:n:2]
        starts += bounds[1:n:2]
        ends += bounds[2:n:2]
    # A token is a word when it opens with a word character (else it is one mark, or a run opening with a diacritic).
    words = list(map(str.isalnum, map(_first_char, raw)))
    if "_" in folded:  # \w, unlike str.isalnum, takes "_" for a letter
        words = [t[0].isalnum() or t[0] == "_" for t in raw]
    fs = raw
    marked = {k for lo, hi in spans for m in _IN_WORD_MARKS_RE.finditer(folded, lo, hi)
              if words[k := bisect_right(starts, m.start()) - 1]}
    if marked:
        fs = raw[:]
        for k in marked:
            fs[k] = _IN_WORD_MARKS_RE.sub("", raw[k])
    if marked and "" in fs:  # a word of tatweel only: not a token
        keep = [k for k, f in enumerate(fs) if f]
        starts, ends, fs, words = ([values[k] for k in keep] for values in (starts, ends, fs, words))
    return Tokens(starts, ends, fs, Unprefixed(fs), words)


def first_words(folded: str, n: int, lo: int = 0, hi: int | None = None) -> list[str]:
    """The first ``n`` words of ``folded[lo:hi]``, a text already folded by ``fold_letters``, as ``tokenize``
    gives them (``[t for t, w in zip(toks.f, toks.word) if w][:n]``), without tokenizing the rest."""
    out: list[str] = []
    if n <= 0:
        return out
    for m in _TOKEN_RE.finditer(folded, lo, len(folded) if hi is None else hi):
        g = m.group()
        if g[0].isalnum() or g[0] == "_":
            g = _IN_WORD_MARKS_RE.sub("", g)
            if g:
                out.append(g)
                if len(out) == n:
                    break
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
