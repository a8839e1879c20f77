"""Normalisation rules of the Arabic text layer and the offset map back to the original."""

from __future__ import annotations

import random

import pytest

from marsad.arabic import (
    fold_for_search,
    fold_for_search_with_offsets,
    normalize,
    normalize_with_offsets,
    strip_diacritics,
    to_original_span,
)
from marsad.errors import InputError


def test_diacritics_are_removed():
    assert normalize("كَتَبَ الطَّالِبُ دَرْسًا") == "كتب الطالب درسا"
    assert normalize("مُحَمَّدٌ") == "محمد"


def test_superscript_alef_and_quranic_marks_are_removed():
    assert normalize("هٰذا") == "هذا"
    assert normalize("الرَّحْمٰنِ ۖ") == "الرحمن "  # small high ligature mark gone, space kept


def test_tatweel_is_removed():
    assert normalize("مــــرصــد") == "مرصد"


@pytest.mark.parametrize(
    "word, expected",
    [("أحمد", "احمد"), ("إسرائيل", "اسرائيل"), ("آمال", "امال"), ("ٱلقمر", "القمر")],
)
def test_each_alef_form_folds_to_bare_alef(word, expected):
    assert normalize(word) == expected


def test_hamza_seats_are_kept():
    # Documented choice: ؤ and ئ are not folded to و / ي.
    assert normalize("رئيس مسؤول") == "رئيس مسؤول"


def test_alef_maqsura_and_taa_marbuta():
    assert normalize("مستشفى") == "مستشفي"
    assert normalize("على") == normalize("علي")
    assert normalize("مدرسة") == "مدرسه"
    assert normalize("القاهرة") == normalize("القاهره")


def test_persian_letters_fold_to_arabic():
    assert normalize("کرکوک") == "كركوك"
    assert normalize("ایران") == "ايران"


def test_eastern_and_persian_digits_become_ascii():
    assert normalize("٢٠٢٤") == "2024"
    assert normalize("۱۴۰۳") == "1403"
    assert normalize("١٢٫٥٪") == "12.5%"


def test_arabic_punctuation_is_kept():
    assert normalize("قال، ثم سأل؟ نعم؛ انتهى.") == "قال، ثم سال؟ نعم؛ انتهي."


def test_invisible_controls_are_removed_but_whitespace_runs_stay():
    text = "\u200fمرحبا\u200b  بكم\u202bيا\u202c\u2067 صديقي\ufeff"
    assert normalize(text) == "مرحبا  بكميا صديقي"
    assert normalize("أ  ب\n\nج\tد") == "ا  ب\n\nج\tد"


def test_presentation_forms_map_to_letters_but_ligatures_stay():
    assert normalize("\ufe91\ufef4\ufe96") == "بيت"
    assert normalize("\ufefb") == "\ufefb"  # lam-alef ligature would need two letters


def test_normalize_never_lengthens():
    sample = "أَهْلًا ﻻ ﷲ ٱلسلام ١٢ ک ی \u200f"
    assert len(normalize(sample)) <= len(sample)


def test_strip_diacritics_keeps_letters_unfolded():
    assert strip_diacritics("إِلَى الـمَدْرَسَةِ") == "إلى المدرسة"


def test_fold_for_search_lowercases_latin():
    assert fold_for_search("قمة NATO في Vilnius") == "قمه nato في vilnius"
    folded, offsets = fold_for_search_with_offsets("Ésta إِلى")
    assert folded == "ésta الي"
    assert len(offsets) == len(folded) + 1


def test_offsets_simple_example():
    text = "قالَ مُحَمَّدٌ"
    norm, offsets = normalize_with_offsets(text)
    assert norm == "قال محمد"
    assert offsets[len(norm)] == len(text)
    start = norm.index("محمد")
    s, e = to_original_span(offsets, start, start + 4)
    assert text[s:e] == "مُحَمَّدٌ"


def test_offsets_without_deletions_are_identity():
    text = "أحمد في ١٩٩٠"
    norm, offsets = normalize_with_offsets(text)
    assert offsets == list(range(len(text) + 1))
    assert norm == "احمد في 1990"


_ALPHABET = list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىةٱ") + [
    "\u064e", "\u064f", "\u0650", "\u0651", "\u0652", "\u064b", "\u0670", "\u0640",
    "\u200f", "\u200b", "\u202b", " ", "  ", "\n", "،", "؟", ".", "٣", "۷", "ی", "ک", "A", "z",
]


def test_offsets_property_over_random_strings():
    rng = random.Random(20240619)
    for _ in range(500):
        text = "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 40)))
        norm, offsets = normalize_with_offsets(text)
        assert norm == normalize(text)
        assert len(offsets) == len(norm) + 1
        assert offsets[-1] == len(text)
        assert offsets == sorted(set(offsets))  # strictly increasing
        for i, ch in enumerate(norm):
            # Each kept character comes from the original character at offsets[i].
            assert normalize(text[offsets[i]]) == ch
        # Every deleted character normalises to nothing.
        kept = set(offsets[:-1])
        assert all(normalize(text[j]) == "" for j in range(len(text)) if j not in kept)
        # Any normalised span maps back to original text that normalises to it.
        if norm:
            a = rng.randrange(len(norm))
            b = rng.randrange(a, len(norm) + 1)
            s, e = to_original_span(offsets, a, b)
            assert normalize(text[s:e]) == norm[a:b]


def test_to_original_span_rejects_out_of_range():
    _, offsets = normalize_with_offsets("مرحبا")
    with pytest.raises(ValueError):
        to_original_span(offsets, 2, 9)


def test_non_string_input_is_a_clear_error():
    with pytest.raises(InputError, match="bytes"):
        normalize(b"abc")  # type: ignore[arg-type]
    with pytest.raises(InputError):
        normalize_with_offsets(None)  # type: ignore[arg-type]


def test_fast_translate_equals_str_translate_for_every_table_and_length():
    # The short-text path replaces the common letters first and translates only what else remains; the
    # long-text path goes through a look-up array.  Both must give exactly what ``str.translate`` gives.
    import importlib

    norm_module = importlib.import_module("marsad.arabic.normalize")  # the package re-exports a function of that name
    from marsad.nlp.events.lexicon import _fold_table, _mark_table

    tables = [norm_module._TABLE, norm_module._KEEP_HAMZA_TABLE, norm_module._SEARCH_TABLE,
              norm_module._LOOSE_TABLE, norm_module._STRIP_TABLE, _mark_table(), _fold_table()]
    alphabet = sorted({chr(k) for t in tables for k in t}) + list("ابتثهيوة كتبَ الوزيرُ Ab 12")
    rng = random.Random(7)
    texts = ["", "ة", "أإآى", "مدرسةٌ إلى الأمام", "ﻣﻜﺔ المكرمة", "ـــ", "الوزارة" * 60]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 400))) for _ in range(3000)]
    for table in tables:
        for text in texts:
            assert norm_module.translate(text, table) == text.translate(table)
