"""Matching keys for names: normalised form, clitic variants and a transliteration skeleton.

Foreign names reach Arabic through many spellings (جونج/جونغ, بلينكن/بلينكين,
بيونغ يانغ/بيونغيانغ, سيول/سيئول).  Linking compares names on three keys:

* ``norm``: the matching form (no diacritics or tatweel, folded alef/hamza,
  ى→ي, ة→ه, Persian letters, digits).  Exact matches use it.
* ``skeleton``: ``norm`` with the letters that transliteration varies on
  folded together (ج/غ/ق → one g, ط→ت, ص/ث→س, ذ/ظ→ز, ض→د, hamza carriers →
  ا) and the long vowels و/ي/ا dropped between the first and last letters.  Fuzzy matches
  use it, and only for names long enough that a collision with a common word
  is unlikely (see ``marsad.nlp.gazetteer``).
* clitic variants: ``وبوتين`` → ``بوتين``, ``للناتو`` → ``الناتو``; proper names
  are never stemmed beyond these prefixes.

The functions are pure and cheap (``str.translate`` + small loops) because the
gazetteer calls them on every token of every article.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

from marsad.arabic import normalize as _arabic_normalize
from marsad.arabic.normalize import _TABLE as _arabic_normalize_table
from marsad.arabic.normalize import translate as _translate

# Tokens: runs of letters/digits (Arabic, Latin, ...).  Punctuation separates.
TOKEN_RE = re.compile(r"[^\W_]+", re.UNICODE)

# On top of marsad.arabic.normalize (diacritics, tatweel, alef forms, ى→ي, ة→ه,
# ی/ک, digits, invisible characters): Persian/Urdu letters that transliterated
# names are written with (گ پ چ ژ ڤ ۀ).
_EXTRA_TABLE = str.maketrans({"گ": "ك", "پ": "ب", "چ": "ج", "ژ": "ز", "ڤ": "ف", "ۀ": "ه"})


def _compose(first: dict[int, Any], then: dict[int, Any]) -> dict[int, Any]:
    """One table doing ``first`` then ``then`` (both one-to-one or deleting)."""
    def ordinal(v: Any) -> Any:
        return ord(v) if isinstance(v, str) else v

    out = {k: ordinal(v) for k, v in then.items()}
    for k, v in first.items():
        v = ordinal(v)
        out[k] = ordinal(then.get(v, v)) if v is not None else None
    return out


# normalize, then the Persian letters, in one pass
_NORM_TOKEN_TABLE = _compose(_arabic_normalize_table, _EXTRA_TABLE)


def norm_token(token: str) -> str:
    """Matching form of one token (or any text): ``marsad.arabic.normalize`` plus Persian letters."""
    if token.__class__ is not str:
        return _arabic_normalize(token).translate(_EXTRA_TABLE)  # (normalize says what is wrong)
    return _translate(token, _NORM_TOKEN_TABLE)


# The table leaves a line break alone and makes none: words joined by line breaks are normalised word by word.
_JOIN_SAFE = 10 not in _NORM_TOKEN_TABLE and 10 not in _NORM_TOKEN_TABLE.values()


def norm_each(words: list[str]) -> list[str]:
    """``[norm_token(w) for w in words]``.  Many words (an article's new ones) are normalised joined, in one pass:
    ``translate`` reads a long text through a look-up array, several times faster than word by word."""
    if len(words) < 16 or not _JOIN_SAFE:
        return [norm_token(w) for w in words]
    joined = "\n".join(words)
    if joined.count("\n") != len(words) - 1:  # (a word with a line break of its own)
        return [norm_token(w) for w in words]
    return _translate(joined, _NORM_TOKEN_TABLE).split("\n")


# Letters transliteration swaps freely (applied after norm).
_SKEL_TABLE = str.maketrans(
    {
        "ج": "g",
        "غ": "g",
        "ق": "g",
        "ط": "ت",
        "ص": "س",
        "ث": "س",
        "ذ": "ز",
        "ظ": "ز",
        "ض": "د",
        "ء": "ا",
        "ؤ": "ا",
        "ئ": "ا",
        "ه": "ه",
    }
)
_VOWELS = frozenset("اويء")
_LATIN_VOWELS = frozenset("aeiouy")

# Clitic prefixes, longest first: conjunction (و/ف) + preposition (ب/ل/ك) + article.
_CONJ = ("و", "ف")
_PREP = ("ب", "ل", "ك")


def norm(text: str) -> str:
    """Matching form of ``text`` (diacritics/tatweel removed, letters folded; Latin keeps its case so "US" is not "us")."""
    return norm_token(unicodedata.normalize("NFC", text))


def norm_tokens(text: str) -> list[str]:
    """Normalised tokens of ``text``."""
    return TOKEN_RE.findall(norm(text))


@lru_cache(maxsize=200_000)
def skeleton(token: str) -> str:
    """Fuzzy key of one *normalised* token: transliteration-variant letters folded, inner vowels dropped."""
    if not token:
        return token
    # The last letter stays even when it is a vowel: it tells a country from its
    # adjective (البرازيل / البرازيلي) and روسيا from روسي.
    if token.isascii():
        t = token.lower()
        out = [t[0]] + [c for c in t[1:-1] if c not in _LATIN_VOWELS] + ([t[-1]] if len(t) > 1 else [])
    else:
        t = token.translate(_SKEL_TABLE)
        out = [t[0]] + [c for c in t[1:-1] if c not in _VOWELS] + ([t[-1]] if len(t) > 1 else [])
    # Doubled letters (a lost shadda written out, "ll" in English) collapse.
    dedup = [out[0]]
    for c in out[1:]:
        if c != dedup[-1]:
            dedup.append(c)
    return "".join(dedup)


def fold(token: str) -> str:
    """``token`` with transliteration-variant consonants folded but vowels kept (for ``near``)."""
    return token.translate(_SKEL_TABLE)


def near(a: str, b: str) -> bool:
    """True when folded ``a`` and ``b`` are at most one edit apart (insert, delete or substitute).

    Skeleton matches must also pass this: a transliteration variant differs by
    a letter or a vowel ("بلينكن"/"بلينكين"); two Arabic words with the same
    consonants usually differ by more ("الجمعية"/"الجامعة").
    """
    a, b = fold(a), fold(b)
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la > lb:
        a, b, la, lb = b, a, lb, la
    i = 0
    while i < la and a[i] == b[i]:
        i += 1
    if la == lb:
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :]


def skeleton_key(tokens: tuple[str, ...] | list[str]) -> str:
    """Skeleton of a multi-token name, spaces removed (so "بيونغ يانغ" = "بيونغيانغ")."""
    return "".join(skeleton(t) for t in tokens)


@lru_cache(maxsize=200_000)
def clitic_variants(token: str) -> tuple[str, ...]:
    """Readings of a normalised token with clitic prefixes removed, most literal first.

    ``وبوتين`` → (وبوتين, بوتين); ``للناتو`` → (للناتو, الناتو, لناتو...);
    ``والصين`` → (والصين, الصين, صين).  Remainders shorter than two letters
    are not offered.
    """
    out: list[str] = [token]

    def add(t: str) -> None:
        if len(t) >= 2 and t not in out:
            out.append(t)

    stems = [token]
    if len(token) > 3 and token[0] in _CONJ:
        stems.append(token[1:])
    for s in list(stems):
        if len(s) > 3 and s[0] in _PREP:
            if s.startswith("لل"):  # ل + ال with the alef dropped
                stems.append("ال" + s[2:])
            stems.append(s[1:])
    for s in stems:
        add(s)
    for s in stems:
        if s.startswith("ال") and len(s) > 4:
            add(s[2:])
    return tuple(out)


def strip_article(token: str) -> str:
    """``token`` without a leading ال (when something substantial remains)."""
    return token[2:] if token.startswith("ال") and len(token) > 4 else token


# --- romanisation (used to give petrarch actors an English-ish name and an id) ---------------

_ROMAN = {
    "ا": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh",
    "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "",
    "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "w",
    "ي": "y", "ء": "", "ؤ": "", "ئ": "",
}


def romanize(token: str) -> str:
    """A rough Latin spelling of one normalised Arabic token (for ids and fallback English names)."""
    out = []
    for i, c in enumerate(token):
        r = _ROMAN.get(c, c if c.isascii() else "")
        if c == "ي" and 0 < i:
            r = "i" if (i + 1 == len(token) or token[i + 1] not in "اوي") else "y"
        elif c == "و" and 0 < i:
            r = "u" if (i + 1 == len(token) or token[i + 1] not in "اوي") else "w"
        elif c == "ا" and i == 0:
            r = "a"
        out.append(r)
    return "".join(out)


def slugify(text: str) -> str:
    """Lowercase ASCII slug of an English name ("Kim Jong Un" → "kim-jong-un")."""
    t = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")
