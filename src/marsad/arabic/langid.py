"""Language identification of an article: a script-ratio shortcut, then py3langid."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from marsad.errors import InputError

__all__ = ["detect_language", "arabic_ratio", "MIN_LETTERS", "ARABIC_SHORTCUT"]

# Fewer letters than this give no reliable answer: return None.
MIN_LETTERS = 12
# Above this share of Arabic letters among all letters the text is Arabic
# (Persian/Urdu also use the script but show their own letters; see below).
ARABIC_SHORTCUT = 0.6
# How much of the text py3langid reads (identification saturates quickly).
SAMPLE_CHARS = 4000

_ARABIC_RE = re.compile(r"[\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06d5\u06fa-\u06ff\u0750-\u077f]")
_LETTER_RE = re.compile(r"[^\W\d_]")
# Letters used by Persian/Urdu/Pashto but not by Arabic: their presence sends the text to py3langid.
_NON_ARABIC_SCRIPT_LETTERS = re.compile(r"[\u067e\u0686\u0698\u06af\u06cc\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d2]")
# py3langid codes that we report as Arabic (dialects and macro-language variants).
_ARABIC_CODES = frozenset({"ar", "arz", "ary", "arq", "apc", "acm", "ajp", "aeb", "afb", "ayl", "acq"})


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=False)


def arabic_ratio(text: str) -> tuple[float, int]:
    """Share of Arabic-script letters among all letters of ``text``, and the letter count."""
    letters = len(_LETTER_RE.findall(text))
    if not letters:
        return 0.0, 0
    return len(_ARABIC_RE.findall(text)) / letters, letters


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the language of ``text`` (``"ar"`` for Arabic and its dialects).

    Returns ``None`` when ``text`` has too few letters to tell.

    Raises:
        InputError: if ``text`` is not a string.
    """
    if not isinstance(text, str):
        raise InputError(f"detect_language expects str, got {type(text).__name__}")
    sample = text[:SAMPLE_CHARS]
    ratio, letters = arabic_ratio(sample)
    if letters < MIN_LETTERS:
        return None
    if ratio > ARABIC_SHORTCUT and len(_NON_ARABIC_SCRIPT_LETTERS.findall(sample)) < 0.01 * letters:
        return "ar"
    lang, _score = _identifier().classify(sample)
    if lang in _ARABIC_CODES or lang.startswith("ar"):
        return "ar"
    return lang
