"""Tokens for quote finding: words and single marks of chosen spans of a text, with offsets and folded forms.

``tokenize`` splits a text (or spans of it) as the pattern ``[\\w<in-word marks>]+|[^\\w\\s]`` would: a token
is a run of word characters and the diacritics and tatweel that may sit inside an Arabic word, or one other
non-space character.  It gives the parallel lists of ``quote_marks.Tokens``.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from marsad.nlp.quote_marks import Tokens, Unprefixed
from marsad.nlp.speech_lexicon import fold_letters

__all__ = ["IN_WORD_MARKS", "tokenize", "first_words"]

# The diacritics and tatweel that may sit inside an Arabic word (all removed by folding).
IN_WORD_MARKS = "".join(map(chr, [*range(0x610, 0x61B), *range(0x64B, 0x660), 0x670, 0x640]))
_TOKEN_RE = re.compile(r"[\w" + IN_WORD_MARKS + r"]+|[^\w\s]")
_IN_WORD_MARKS_RE = re.compile("[" + IN_WORD_MARKS + "]")

# A character's class, as bits: a word character (\w: str.isalnum or "_"), an in-word mark, either of these (it
# belongs to a run), or another non-space character (a token of its own).  Spaces (str.isspace, as \s) are 0.
_WORD, _MARK, _RUN, _OTHER = 1, 2, 4, 8


def _char_class(c: str) -> int:
    word, mark = c.isalnum() or c == "_", c in IN_WORD_MARKS
    if word or mark:
        return (_WORD if word else 0) | (_MARK if mark else 0) | _RUN
    return 0 if c.isspace() else _OTHER


@lru_cache(maxsize=1)
def _bmp_classes() -> np.ndarray:
    """The class of every character of the Basic Multilingual Plane (built once, on first use: ~20 ms)."""
    return np.array([_char_class(chr(i)) for i in range(0x10000)], dtype=np.uint8)


def tokenize(text: str, spans: list[tuple[int, int]] | None = None, folded: str | None = None) -> Tokens:
    """Words and single punctuation marks of ``text`` (or of its ``spans`` only) with offsets and folded forms.

    ``folded`` is ``fold_letters(text)`` when the caller already has it.  A word's ``f`` has no diacritics or
    tatweel; a word of nothing but tatweel is dropped.  Each span is tokenized on its own (a word cut by a span's
    edge gives two tokens), in the order given.
    """
    # The cost of tokenizing is in making a Python object per token, not in finding the tokens: a regular
    # expression split makes two strings (the token and the gap before it) and two offsets per token and looks
    # up each character's Unicode category.  Here the characters' classes come from one table lookup per
    # character in numpy, token edges from comparing neighbouring classes, and the token strings from one
    # str.split of the joined spans, with a space put between tokens that touch ("قال:" → "قال :").
    folded = fold_letters(text) if folded is None else folded
    n = len(folded)
    spans = [(lo, min(hi, n)) for lo, hi in (spans if spans is not None else [(0, n)]) if lo < min(hi, n)]
    if not spans:
        return Tokens([], [], [], Unprefixed([]), [])
    # The spans joined by one space (a space cuts a run as a span's edge does), as code points.
    joined = " ".join([folded[lo:hi] for lo, hi in spans])
    codes = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    table = _bmp_classes()
    if codes.max() > 0xFFFF:  # a character beyond the BMP (an emoji): classed one by one
        cls = table.take(np.minimum(codes, 0xFFFF))
        far = np.flatnonzero(codes > 0xFFFF)
        cls[far] = [_char_class(chr(c)) for c in codes[far].tolist()]
    else:
        cls = table.take(codes)
    run = np.zeros(len(cls) + 2, dtype=np.int8)
    run[1:-1] = cls & _RUN
    step = run[1:] - run[:-1]  # > 0 where a run opens, < 0 where one closes (each at the boundary before i)
    other = (cls & _OTHER).astype(bool)
    starts = np.flatnonzero((step[:-1] > 0) | other)
    ends = np.flatnonzero((step[1:] < 0) | other) + 1
    # A token is a word when it opens with a word character (else it is one mark, or a run opening with a diacritic).
    words = (cls.take(starts) & _WORD).astype(bool).tolist()
    touching = np.flatnonzero(starts[1:] == ends[:-1])  # token k + 1 starts where token k ends
    if len(touching):  # (np.insert does this too, at several times the cost)
        spaced = np.empty(len(codes) + len(touching), dtype=np.uint32)
        gaps = starts.take(touching + 1) + np.arange(len(touching))  # where the added spaces fall
        keep = np.ones(len(spaced), dtype=bool)
        keep[gaps] = False
        spaced[keep] = codes
        spaced[gaps] = 32
        codes = spaced
    raw = codes.tobytes().decode("utf-32-le", "surrogatepass").split()
    marks = np.flatnonzero(cls & _MARK)
    if len(spans) > 1:  # offsets in the joined text → offsets in the text
        bases = np.cumsum([0] + [hi - lo + 1 for lo, hi in spans[:-1]])
        shift = np.array([lo for lo, _ in spans]) - bases
        at = shift.take(np.searchsorted(bases, starts, "right") - 1)
        starts_l, ends_l = (starts + at).tolist(), (ends + at).tolist()
    else:
        starts_l, ends_l = (starts + spans[0][0]).tolist(), (ends + spans[0][0]).tolist()
    fs = raw
    if len(marks):  # only the rare words holding a diacritic or tatweel are visited one by one
        marked = {k for k in (np.searchsorted(starts, marks, "right") - 1).tolist() if words[k]}
        if marked:
            fs = raw[:]
            for k in marked:
                fs[k] = _IN_WORD_MARKS_RE.sub("", raw[k])
        if marked and "" in fs:  # a word of tatweel only: not a token
            kept = [k for k, f in enumerate(fs) if f]
            starts_l, ends_l, fs, words = ([values[k] for k in kept] for values in (starts_l, ends_l, fs, words))
    return Tokens(starts_l, ends_l, fs, Unprefixed(fs), words)


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
