"""The Arabic text layer: normalisation with offsets, tokens with clitics, sentences, language.

Everything else in Marsad matches Arabic on the forms produced here::

    from marsad.arabic import normalize, normalize_with_offsets, tokenize, split_sentences

Match on ``normalize``/``fold_for_search`` forms and map hits back with
``to_original_span``; match names on ``Token.stem`` of both sides (the query
and the text) so that clitics (وبوتين، للرئيس) never get in the way.
"""

from marsad.arabic.langid import detect_language
from marsad.arabic.normalize import (
    fold_for_search,
    fold_for_search_with_offsets,
    normalize,
    normalize_keep_hamza,
    normalize_with_offsets,
    strip_diacritics,
    to_original_span,
)
from marsad.arabic.clitics import split_clitics
from marsad.arabic.sentences import split_sentences
from marsad.arabic.tokenize import Token, tokenize

__all__ = [
    "Token",
    "detect_language",
    "fold_for_search",
    "fold_for_search_with_offsets",
    "normalize",
    "normalize_keep_hamza",
    "normalize_with_offsets",
    "split_clitics",
    "split_sentences",
    "strip_diacritics",
    "to_original_span",
    "tokenize",
]
