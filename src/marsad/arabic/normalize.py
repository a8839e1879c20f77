"""Arabic normalisation for matching, with an offset map back to the original text.

The matching form folds away the spelling variation that Arabic news text shows
for the same word: diacritics and Quranic marks, tatweel, the alef/hamza forms
(أ إ آ ٱ → ا), alef maqsura (ى → ي), taa marbuta (ة → ه), the Persian letters
ی and ک, Eastern Arabic and Persian digits, and invisible format characters
(zero-width and bidi controls).

Design choices:

* Every change is either a one-to-one character mapping or a deletion, so the
  normalised text is never longer than the input and an offset map is cheap.
  Multi-character ligatures (ﻻ, ﷲ) are therefore left alone; single-letter
  presentation forms (ﺑ, ﻣ ...) are mapped to their base letter.
* Hamza seats ؤ and ئ are KEPT: folding them to و/ي merges real words
  (رئيس/رييس is never a spelling variant in news text, while مسؤول/مسئول is —
  and both of those keep a hamza seat that we do not touch).  Bare hamza ء and
  the combining hamza above/below (U+0654/U+0655) are treated as: ء kept,
  combining hamza deleted like other marks.
* Arabic punctuation (، ؛ ؟) is kept; the Arabic decimal/thousands separators and
  percent sign (٫ ٬ ٪) become ``.`` ``,`` ``%`` so that numbers read the same as
  with ASCII digits.
* Whitespace is kept as is (a run of spaces stays a run of spaces) so that text
  offsets stay meaningful.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from marsad.errors import InputError

__all__ = [
    "normalize",
    "normalize_with_offsets",
    "normalize_keep_hamza",
    "to_original_span",
    "strip_diacritics",
    "fold_for_search",
    "fold_for_search_with_offsets",
    "folded_offsets",
    "fold_loose",
    "letter_pairs",
    "translate",
    "DIACRITICS",
    "HAMZA_SEATS",
    "DELETED_CHARS",
]

# Harakat and other combining marks of the Arabic block (tanween, fatha, damma,
# kasra, shadda, sukun, maddah/hamza above/below, ...), superscript alef, and
# the Quranic annotation marks.
DIACRITICS: str = (
    "".join(chr(c) for c in range(0x064B, 0x0660))  # 064B-065F harakat & co
    + "\u0670"  # superscript (dagger) alef
    + "".join(chr(c) for c in range(0x0610, 0x061B))  # Quranic honorifics/marks
    + "".join(chr(c) for c in range(0x06D6, 0x06DD))  # small high ligatures
    + "".join(chr(c) for c in range(0x06DF, 0x06E5))
    + "\u06e7\u06e8"
    + "".join(chr(c) for c in range(0x06EA, 0x06EE))
    + "".join(chr(c) for c in range(0x08D3, 0x0900) if c != 0x08E2)  # extended-A marks
)
TATWEEL = "\u0640"
# Invisible format characters that break matching: zero-width space/joiners,
# LRM/RLM/ALM, bidi embeddings/overrides/isolates, BOM, soft hyphen, word joiner.
FORMAT_CHARS: str = (
    "\u200b\u200c\u200d\u200e\u200f\u061c\u00ad\u2060\ufeff"
    + "".join(chr(c) for c in range(0x202A, 0x202F))
    + "".join(chr(c) for c in range(0x2066, 0x206A))
)
DELETED_CHARS: str = DIACRITICS + TATWEEL + FORMAT_CHARS

_LETTER_MAP: dict[str, str] = {
    "\u0623": "\u0627",  # أ
    "\u0625": "\u0627",  # إ
    "\u0622": "\u0627",  # آ
    "\u0671": "\u0627",  # ٱ alef wasla
    "\u0672": "\u0627",  # alef with wavy hamza above
    "\u0673": "\u0627",  # alef with wavy hamza below
    "\u0675": "\u0627",  # high hamza alef
    "\u0649": "\u064a",  # ى alef maqsura -> ي
    "\u0629": "\u0647",  # ة taa marbuta -> ه
    "\u06cc": "\u064a",  # ی Persian yeh
    "\u06d0": "\u064a",  # ې
    "\u06a9": "\u0643",  # ک Persian keheh
    "\u06aa": "\u0643",  # ڪ swash kaf
    "\u06c1": "\u0647",  # ہ heh goal
    "\u06d5": "\u0647",  # ە ae
    "\u066b": ".",  # ٫ Arabic decimal separator
    "\u066c": ",",  # ٬ Arabic thousands separator
    "\u066a": "%",  # ٪ Arabic percent sign
}


def _presentation_forms() -> dict[str, str]:
    """Single-letter Arabic presentation forms (FB50–FDFF, FE70–FEFF) → base letters."""
    out: dict[str, str] = {}
    for cp in list(range(0xFB50, 0xFE00)) + list(range(0xFE70, 0xFEFF)):
        ch = chr(cp)
        decomp = unicodedata.normalize("NFKC", ch)
        # Keep the length rule: only one-to-one replacements (ligatures stay).
        if len(decomp) == 1 and decomp != ch:
            out[ch] = _LETTER_MAP.get(decomp, decomp)
    return out


def _build_table(extra: dict[str, str] | None = None) -> dict[int, int | None]:
    table: dict[int, int | None] = {}
    for ch, rep in _presentation_forms().items():
        table[ord(ch)] = ord(rep)
    for ch, rep in _LETTER_MAP.items():
        table[ord(ch)] = ord(rep)
    for i in range(10):
        table[0x0660 + i] = ord("0") + i  # ٠-٩
        table[0x06F0 + i] = ord("0") + i  # ۰-۹
    for ch in DELETED_CHARS:
        table[ord(ch)] = None
    if extra:
        for ch, rep in extra.items():
            table[ord(ch)] = ord(rep)
    return table


_TABLE = _build_table()
# The same without folding hamza on alef (أ إ آ stay; ٱ still becomes ا).
_KEEP_HAMZA_TABLE = _build_table({"\u0623": "\u0623", "\u0625": "\u0625", "\u0622": "\u0622"})
# Search folding adds case folding of Latin letters (one-to-one only).
_SEARCH_TABLE = _build_table(
    {c: c.lower() for c in map(chr, range(0x41, 0x5B))}
    | {c: c.lower() for c in map(chr, range(0xC0, 0xDF)) if c != "\u00d7" and len(c.lower()) == 1}
)
# Hamza seats ؤ → و and ئ → ي: folded only where matching is deliberately loose (lexicon phrases, the
# tagger's word features), where a seat written or dropped (مسئول / مسؤول / مسوول) is a slip, not a word.
HAMZA_SEATS: dict[str, str] = {"\u0624": "\u0648", "\u0626": "\u064a"}
_LOOSE_TABLE = _build_table(
    HAMZA_SEATS
    | {c: c.lower() for c in map(chr, range(0x41, 0x5B))}
    | {c: c.lower() for c in map(chr, range(0xC0, 0xDF)) if c != "\u00d7" and len(c.lower()) == 1}
)
_STRIP_TABLE: dict[int, None] = {ord(ch): None for ch in DIACRITICS + TATWEEL}

# ``str.translate`` looks every character above U+00FF up in the table's dict (about 0.2 µs a character
# of Arabic text); from this length on, one look-up array over the text's code points is several times
# faster (a whole article: about 9x).  Below it numpy's per-call cost outweighs the gain.
_ARRAY_FROM = 256
_ARRAYS: dict[int, tuple[dict, Any, Any]] = {}  # id(table) -> (table, code map, deletion mask)


# Below ``_ARRAY_FROM``, the letters a fold table changes most often in news text (by how often they
# occur; the rest are far rarer) are replaced by ``str.replace``, which scans a string in C without a
# dict look-up per character; ``str.translate`` runs only when some other changed character remains.
# A sentence: about 2.5 times faster than ``str.translate`` alone; a word: about 1.5 times.
_COMMON_LETTERS = "\u0629\u0623\u0625\u0649\u0622"  # ة أ إ ى آ
_PLANS: dict[int, tuple[dict, Any]] = {}  # id(table) -> (table, plan or None)


def translate(text: str, table: dict[int, Any]) -> str:
    """``text.translate(table)`` — the very same string — computed faster.

    For the one-to-one and deleting tables of this module (and the like elsewhere: values are a code
    point, a single character or None); any other table, or a text with characters beyond U+FFFF,
    goes to ``str.translate``.  The table must not change after it is first used here.
    """
    if len(text) < _ARRAY_FROM:
        plan = _PLANS.get(id(table))
        if plan is None:
            plan = _PLANS[id(table)] = (table, _short_plan(table))  # the table kept: its id stays unique
        if plan[1] is None:
            return text.translate(table)
        pairs, rest = plan[1]
        for letter, base in pairs:
            if letter in text:
                text = text.replace(letter, base)
        # What is replaced so far is what ``str.translate`` would have made of it, and is left alone by it.
        return text if rest is None or rest.search(text) is None else text.translate(table)
    arrays = _ARRAYS.get(id(table))
    if arrays is None:
        arrays = _ARRAYS[id(table)] = (table, *_lookup_arrays(table))  # the table kept: its id stays unique
    _table, code_map, deleted = arrays
    if code_map is None:
        return text.translate(table)
    import numpy as np

    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    if codes.max() > 0xFFFF:
        return text.translate(table)
    out = code_map[codes]
    if deleted is not None:
        gone = deleted[codes]
        if gone.any():
            out = out[~gone]
    return out.tobytes().decode("utf-32-le", "surrogatepass")


def _short_plan(table: dict[int, Any]) -> tuple[tuple[tuple[str, str], ...], re.Pattern[str] | None] | None:
    """((letter, replacement) of the common letters the table changes, a pattern of the other characters it
    changes or None); None when the table maps something other than one character to a string."""
    changed: dict[str, str] = {}
    for key, value in table.items():
        if not isinstance(key, int):
            return None
        if value is None:
            rep = ""
        elif isinstance(value, int):
            rep = chr(value)
        elif isinstance(value, str):
            rep = value
        else:
            return None
        if rep != chr(key):
            changed[chr(key)] = rep
    # a replacement is final only if the table leaves each of its characters as it is
    pairs = tuple((c, changed[c]) for c in _COMMON_LETTERS
                  if c in changed and not any(r in changed for r in changed[c]))
    others = sorted(set(changed) - {c for c, _ in pairs})
    rest = re.compile("[" + "".join(re.escape(c) for c in others) + "]") if others else None
    return pairs, rest


def _lookup_arrays(table: dict[int, Any]) -> tuple[Any, Any]:
    """(code point -> code point over U+0000..U+FFFF, mask of deleted code points or None); (None, None)
    when the table maps something ``translate`` cannot express as an array."""
    import numpy as np

    code_map = np.arange(0x10000, dtype=np.uint32)
    deleted = np.zeros(0x10000, dtype=bool)
    for key, value in table.items():
        if not isinstance(key, int) or not 0 <= key <= 0xFFFF:
            return None, None
        if value is None:
            deleted[key] = True
        elif isinstance(value, int) and 0 <= value <= 0xFFFF:
            code_map[key] = value
        elif isinstance(value, str) and len(value) == 1 and ord(value) <= 0xFFFF:
            code_map[key] = ord(value)
        else:
            return None, None
    return code_map, (deleted if deleted.any() else None)
_DELETED_RE = re.compile("[" + re.escape(DELETED_CHARS) + "]+")


def _check(text: object) -> None:
    if not isinstance(text, str):
        raise InputError(f"expected text as str, got {type(text).__name__}")


def normalize(text: str) -> str:
    """Return the matching form of ``text`` (see module docstring for the rules).

    The result may be shorter than ``text`` (deleted marks) but never longer;
    use :func:`normalize_with_offsets` to map positions back.
    """
    if text.__class__ is not str:
        _check(text)
    return translate(text, _TABLE)


def normalize_keep_hamza(text: str) -> str:
    """:func:`normalize` without folding أ إ آ to ا (same length and positions as ``normalize``).

    Used where the hamza tells words apart: ``بألوان`` (ب + ألوان) versus
    ``بالوان`` (ب + ال + وان) normalise alike.
    """
    if text.__class__ is not str:
        _check(text)
    return translate(text, _KEEP_HAMZA_TABLE)


def strip_diacritics(text: str) -> str:
    """Remove harakat, Quranic marks and tatweel only (letters are not folded)."""
    if text.__class__ is not str:
        _check(text)
    return translate(text, _STRIP_TABLE)


# The texts :func:`fold_for_search` folded last and their folded forms (a plain dict, emptied when it holds
# ``_FOLDED_MAX``): the readers of one article fold the same headline and lead again and again (the story
# features of a day: 151,483 calls, two in three of a text among the last 64 folded).  Texts longer than
# ``_FOLDED_CHARS`` are not kept (bounded memory: at most some 10 MB).
_FOLDED: dict[str, str] = {}
_FOLDED_MAX = 128
_FOLDED_CHARS = 20_000


def fold_for_search(text: str) -> str:
    """:func:`normalize` plus lower-casing of Latin letters, for search indexes and queries."""
    if text.__class__ is not str:  # (a str subclass is folded, not kept: what it folds to may be itself)
        _check(text)
        return translate(text, _SEARCH_TABLE)
    folded = _FOLDED.get(text)
    if folded is None:
        folded = translate(text, _SEARCH_TABLE)
        if len(text) <= _FOLDED_CHARS:
            if len(_FOLDED) >= _FOLDED_MAX:
                _FOLDED.clear()
            _FOLDED[text] = folded
    return folded


def fold_loose(text: str) -> str:
    """:func:`fold_for_search` plus the hamza seats (ؤ → و, ئ → ي): the loose form for lexicon matching."""
    if text.__class__ is not str:
        _check(text)
    return translate(text, _LOOSE_TABLE)


def letter_pairs(*, seats: bool = False) -> tuple[tuple[str, str], ...]:
    """The letter folds of :func:`normalize` (and with ``seats`` the hamza seats) as ``(variant, base)`` pairs.

    For chained ``str.replace`` over long text — three times faster than ``str.translate`` with a table
    there — in stages that match many lines against a lexicon.  Only letters: digits, presentation forms
    and marks are left to the caller (delete marks with ``DELETED_CHARS``).
    """
    pairs = {ch: rep for ch, rep in _LETTER_MAP.items() if unicodedata.category(ch).startswith("L")}
    if seats:
        pairs |= HAMZA_SEATS
    return tuple(pairs.items())


def folded_offsets(text: str, norm: str) -> list[int]:
    """The offsets :func:`normalize_with_offsets` gives, for ``norm`` already computed from ``text`` by
    :func:`normalize` or :func:`fold_for_search` (both only delete characters or map one to one)."""
    n = len(text)
    if len(norm) == n:
        return list(range(n + 1))
    offsets: list[int] = []
    extend = offsets.extend
    prev = 0
    for m in _DELETED_RE.finditer(text):
        extend(range(prev, m.start()))
        prev = m.end()
    extend(range(prev, n))
    offsets.append(n)
    return offsets


def normalize_with_offsets(text: str) -> tuple[str, list[int]]:
    """Normalise ``text`` and say where each normalised character came from.

    Returns:
        ``(norm, offsets)`` where ``offsets[i]`` is the index in ``text`` of
        ``norm[i]`` and ``offsets[len(norm)] == len(text)`` (so a normalised
        span ``[s, e)`` maps back with :func:`to_original_span`).
    """
    if text.__class__ is not str:
        _check(text)
    norm = translate(text, _TABLE)
    return norm, folded_offsets(text, norm)


def fold_for_search_with_offsets(text: str) -> tuple[str, list[int]]:
    """Like :func:`normalize_with_offsets` for the :func:`fold_for_search` form."""
    if text.__class__ is not str:
        _check(text)
    norm = translate(text, _SEARCH_TABLE)
    return norm, folded_offsets(text, norm)


def to_original_span(offsets: list[int], start: int, end: int) -> tuple[int, int]:
    """Map the normalised span ``[start, end)`` back to the original text.

    The original span starts at the first kept character and runs up to the
    next kept character, so diacritics on the last letter of a match are
    included (``محمدٌ`` matched as ``محمد`` gives back the whole word).

    Raises:
        ValueError: if the span is not inside the normalised text.
    """
    if not 0 <= start <= end < len(offsets):
        raise ValueError(f"span ({start}, {end}) outside normalised text of length {len(offsets) - 1}")
    if start == end:
        return offsets[start], offsets[start]
    return offsets[start], offsets[end]
