"""Language identification of an article: a script-ratio shortcut, then py3langid."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

from marsad.errors import InputError

__all__ = ["detect_language", "arabic_ratio", "MIN_LETTERS", "ARABIC_SHORTCUT", "SAMPLE_CHARS"]

# Fewer letters than this give no reliable answer: return None.
MIN_LETTERS = 12
# Above this share of Arabic letters among all letters the text is Arabic
# (Persian/Urdu also use the script but show their own letters; see below).
ARABIC_SHORTCUT = 0.6
# How much of the text py3langid reads (identification saturates quickly).
SAMPLE_CHARS = 4000
# ...and how much the script-ratio shortcut reads.
RATIO_CHARS = 2000

# Letters used by Persian/Urdu/Pashto but not by Arabic: their presence sends the text to py3langid.
_NON_ARABIC_SCRIPT_LETTERS = "\u067e\u0686\u0698\u06af\u06cc\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d2"
_PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]")
# py3langid codes that we report as Arabic (dialects and macro-language variants).
_ARABIC_CODES = frozenset({"ar", "arz", "ary", "arq", "apc", "acm", "ajp", "aeb", "afb", "ayl", "acq"})


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=False)


# Delete-sets for counting with bytes.translate (C speed): in UTF-8 every
# character of the Arabic block U+0600–U+06FF starts with a byte D8–DB.
_ALL_BUT_ARABIC_LEADS = bytes(b for b in range(256) if b not in (0xD8, 0xD9, 0xDA, 0xDB))
_ALL_BUT_ASCII_LETTERS = bytes(b for b in range(256) if not (65 <= b <= 90 or 97 <= b <= 122))
_ALL_BUT_LEAD_BYTES = bytes(range(0xC0))
_ARABIC_NON_LETTERS = "،؛؟٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹ـًٌٍَُِّْ"
# Characters common in any text that are neither letters nor ASCII.
_COMMON_SYMBOLS = "«»“”‘’–—… ‏‎‌"


def arabic_ratio(text: str) -> tuple[float, int]:
    """Share of Arabic-script letters among all letters of ``text``, and the letter count.

    Arabic-block punctuation, digits and harakat are not letters; characters
    outside ASCII and the Arabic block count as letters of another script
    (common quotes and dashes excepted).
    """
    data = text.encode("utf-8", "replace")
    arabic_block = len(data.translate(None, _ALL_BUT_ARABIC_LEADS))
    arabic = arabic_block - sum(text.count(ch) for ch in _ARABIC_NON_LETTERS)
    latin = len(data.translate(None, _ALL_BUT_ASCII_LETTERS))
    non_ascii = len(data.translate(None, _ALL_BUT_LEAD_BYTES))  # one lead byte per non-ASCII character
    other = non_ascii - arabic_block - sum(text.count(ch) for ch in _COMMON_SYMBOLS)
    letters = max(arabic, 0) + latin + max(other, 0)
    if letters <= 0:
        return 0.0, 0
    return max(arabic, 0) / letters, letters


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the language of ``text`` (``"ar"`` for Arabic and its dialects).

    Returns ``None`` when ``text`` has too few letters to tell.

    Raises:
        InputError: if ``text`` is not a string.
    """
    if not isinstance(text, str):
        raise InputError(f"detect_language expects str, got {type(text).__name__}")
    sample = text[:SAMPLE_CHARS]
    if _PRESENTATION_FORMS.search(sample):
        # Old PDFs and some CMSs write Arabic in presentation forms (U+FB50–FEFF): read it as the letters it is.
        sample = unicodedata.normalize("NFKC", sample)
    head = sample[:RATIO_CHARS]
    ratio, letters = arabic_ratio(head)
    if letters < MIN_LETTERS:
        return None
    if ratio > ARABIC_SHORTCUT:
        persian_like = sum(head.count(ch) for ch in _NON_ARABIC_SCRIPT_LETTERS)
        if persian_like < 0.01 * letters:
            return "ar"
    lang, _score = _identifier().classify(sample)
    if lang in _ARABIC_CODES or lang.startswith("ar"):
        return "ar"
    return lang
