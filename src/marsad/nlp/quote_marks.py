"""Quotation marks and tokens for quote finding: a fast tokenizer with folded forms, and mark pairing.

Arabic news mixes every quotation style (" " “ ” « » ‘ ’ „), often with the
"wrong" mark on one side (”صداقة ...”) or a stray mark left by an editor;
``pair_quotes`` pairs marks by their context inside one paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import accumulate, chain

from marsad.nlp.speech_lexicon import fold_letters

__all__ = ["QUOTE_MARKS", "Tok", "Tokens", "tokenize", "first_words", "pair_quotes", "split_sentences_fallback"]

QUOTE_MARKS = frozenset('"“”«»„‟‘’')
_MARK_RE = re.compile("[" + "".join(sorted(QUOTE_MARKS)) + "]")
# Word characters plus the diacritics and tatweel that may sit inside an Arabic word (all removed by folding).
_IN_WORD_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u0640"
_WORD = r"\w[\w" + _IN_WORD_MARKS + r"]*"
_TOKEN_RE = re.compile(r"[\w" + _IN_WORD_MARKS + r"]+|[^\w\s]")  # one token at a time
# The tokenizer splits a span at its tokens in one call: a word (it opens with a letter or digit), or else a run of
# diacritics and letters opening with a diacritic, or one other non-space character.  ``split`` gives
# [gap, word, other, gap, word, other, ..., gap] with None for the group that did not match.
_SPLIT_RE = re.compile(r"(" + _WORD + r")|([" + _IN_WORD_MARKS + r"][\w" + _IN_WORD_MARKS + r"]*|[^\w\s])")
_IN_WORD_MARKS_RE = re.compile("[" + _IN_WORD_MARKS + "]")
_ODD_RE = re.compile("^[" + _IN_WORD_MARKS + "]", re.M)  # a token (one a line) that opens with a diacritic
# "وقال" → "قال": a leading و/ف of a word of four letters or more (one token per line, after a newline).
_PROCLITIC_RE = re.compile("\n[وف](?=[^\n]{3})")


@dataclass(slots=True)
class Tok:
    """A token: ``text[start:end]``, its folded form ``f`` and ``s`` (f without a leading و/ف), and whether it is a
    word (else a punctuation mark)."""

    start: int
    end: int
    f: str
    s: str
    word: bool


@dataclass(slots=True)
class Tokens:
    """Tokens as parallel lists: token k is ``text[start[k]:end[k]]`` with folded forms ``f[k]``, ``s[k]`` and
    ``word[k]`` as in ``Tok``.  Lists of strings and integers cost far less to build than an object per token, and
    the quote finder looks at most tokens only through a set or list test."""

    start: list[int]
    end: list[int]
    f: list[str]
    s: list[str]
    word: list[bool]

    def __len__(self) -> int:
        return len(self.f)

    def at(self, k: int) -> Tok:
        """Token k as one object (for code that reads one token's fields together)."""
        return Tok(self.start[k], self.end[k], self.f[k], self.s[k], self.word[k])


def tokenize(text: str, spans: list[tuple[int, int]] | None = None, folded: str | None = None) -> Tokens:
    """Words and single punctuation marks of ``text`` (or of its ``spans`` only) with offsets and folded forms.

    ``folded`` is ``fold_letters(text)`` when the caller already has it.  A word's ``f`` has no diacritics or
    tatweel; a word of nothing but tatweel is dropped.
    """
    # Folding letters keeps offsets, so fold the whole text once; only diacritics need a per-word pass.  Every
    # step below is one call over a whole span or list (no Python loop per token): that is what makes it fast.
    folded = fold_letters(text) if folded is None else folded
    raw: list[str] = []  # token texts, in order
    words: list[bool] = []
    bounds: list[int] = []  # start, end of each token
    for lo, hi in spans if spans is not None else [(0, len(text))]:
        parts = _SPLIT_RE.split(folded[lo:hi])
        found = parts[1::3]  # the word, or None
        toks = list(filter(None, chain.from_iterable(zip(found, parts[2::3]))))  # the word or the other token
        raw += toks
        words += map(bool, found)
        # gap, token, gap, token ...: the running sum of their lengths gives each token's start and end
        ends = list(accumulate(chain.from_iterable(zip(map(len, parts[0::3]), map(len, toks))), initial=lo))
        del ends[0]
        bounds += ends
    if not raw:
        return Tokens([], [], [], [], [])
    lines = "\n".join(raw)
    fs = raw
    if _IN_WORD_MARKS_RE.search(lines):
        if _ODD_RE.search(lines):  # a non-word token holding a diacritic: rare, keep it as it is
            fs = [_IN_WORD_MARKS_RE.sub("", t) if w else t for t, w in zip(raw, words)]
            lines = "\n".join(fs)
        else:
            lines = _IN_WORD_MARKS_RE.sub("", lines)
            fs = lines.split("\n")
    ss = _PROCLITIC_RE.sub("\n", "\n" + lines)[1:].split("\n")
    starts, ends = bounds[0::2], bounds[1::2]
    if "" in fs:  # a word of tatweel only: not a token
        keep = [k for k, f in enumerate(fs) if f]
        starts, ends, fs, ss, words = ([values[k] for k in keep] for values in (starts, ends, fs, ss, words))
    return Tokens(starts, ends, fs, ss, words)


def first_words(text: str, n: int) -> list[str]:
    """The folded forms of the first ``n`` words of ``text``: ``[t.f for t in tokenize(text) if t.word][:n]``,
    without tokenizing the rest."""
    out: list[str] = []
    if n <= 0:
        return out
    for m in _TOKEN_RE.finditer(fold_letters(text)):
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
